import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { OutboxMessageDetailView } from '@kem/contracts';
import { DigestsApi, errorMessage } from '@kem/dashboard-core';
import { instantText } from '../shared/digest-format';
import { MailFrame } from '../shared/mail-frame';

/** One message of the outbox: subject, the HTML part (sandboxed) and the text part, and the .eml download. */
@Component({
  selector: 'kem-outbox-message-page',
  imports: [MailFrame, MatButtonModule, MatCardModule, MatProgressBarModule, RouterLink],
  template: `
    <header class="page-header">
      <div><h1>Outbox message</h1></div>
      <a mat-stroked-button routerLink="/digests/outbox">Back to the outbox</a>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the message" />
    } @else if (error(); as message) {
      <mat-card appearance="outlined" class="state" role="alert">
        <mat-card-content><p>The message could not be opened: {{ message }}</p></mat-card-content>
      </mat-card>
    } @else if (message(); as m) {
      <dl class="facts">
        <dt>Subject</dt>
        <dd data-testid="subject">{{ m.subject }}</dd>
        <dt>To</dt>
        <dd>{{ m.recipient }}</dd>
        <dt>Stored</dt>
        <dd>{{ instantText(m.createdAt) }}</dd>
        <dt>Message-ID</dt>
        <dd>{{ m.messageId }}</dd>
      </dl>
      <a mat-flat-button [href]="api.emlUrl(m.id)" [attr.download]="'kem-message-' + m.id + '.eml'" data-testid="eml">Download .eml</a>
      <h2>HTML part</h2>
      <kem-mail-frame [html]="m.html" label="Outbox message, HTML part" />
      <h2>Plain-text part</h2>
      <pre class="text-part" data-testid="text-part">{{ m.text }}</pre>
    }
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxMessagePage implements OnInit {
  readonly api = inject(DigestsApi);
  /** Route parameter of outbox/:id. */
  readonly id = input.required<string>();
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly message = signal<OutboxMessageDetailView | null>(null);
  readonly instantText = instantText;

  ngOnInit(): void {
    if (!/^\d+$/.test(this.id())) {
      this.error.set(`There is no message “${this.id()}”.`);
      this.loading.set(false);
      return;
    }
    this.api.outboxMessage(Number(this.id())).subscribe({
      next: (message) => {
        this.message.set(message);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }
}
