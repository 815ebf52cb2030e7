import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { DigestPreviewView } from '@kem/contracts';
import { DigestsApi, errorMessage } from '@kem/dashboard-core';
import { instantText } from '../shared/digest-format';
import { MailFrame } from '../shared/mail-frame';

/** The next digest of one subscription, exactly as it would be sent; nothing is sent or stored. */
@Component({
  selector: 'kem-digest-preview-page',
  imports: [MailFrame, MatButtonModule, MatCardModule, MatProgressBarModule, RouterLink],
  template: `
    <header class="page-header">
      <div>
        <h1>Digest preview</h1>
        <p>The next digest of this subscription, rendered as it would be sent. Nothing is sent.</p>
      </div>
      <a mat-stroked-button routerLink="/digests/subscriptions">Back to subscriptions</a>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Rendering the preview" />
    } @else if (error(); as message) {
      <mat-card appearance="outlined" class="state" role="alert">
        <mat-card-content><p>The preview could not be rendered: {{ message }}</p></mat-card-content>
        <mat-card-actions><button mat-stroked-button type="button" (click)="load()">Try again</button></mat-card-actions>
      </mat-card>
    } @else if (preview(); as p) {
      <dl class="facts">
        <dt>Subject</dt>
        <dd data-testid="subject">{{ p.subject }}</dd>
        <dt>Period</dt>
        <dd>{{ p.periodKey }} {{ p.due ? '(due now: the next check sends it)' : '' }}</dd>
        <dt>Scheduled</dt>
        <dd>{{ instantText(p.nextDigestAt) }}</dd>
      </dl>
      <h2>HTML part</h2>
      <kem-mail-frame [html]="p.html" label="Digest preview, HTML part" />
      <h2>Plain-text part</h2>
      <pre class="text-part" data-testid="text-part">{{ p.text }}</pre>
    }
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DigestPreviewPage implements OnInit {
  private readonly api = inject(DigestsApi);
  /** Route parameter of subscriptions/:id/preview. */
  readonly id = input.required<string>();

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly preview = signal<DigestPreviewView | null>(null);
  readonly instantText = instantText;

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    if (!/^\d+$/.test(this.id())) {
      this.error.set(`There is no subscription “${this.id()}”.`);
      this.loading.set(false);
      return;
    }
    this.loading.set(true);
    this.error.set(null);
    this.api.preview(Number(this.id())).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }
}
