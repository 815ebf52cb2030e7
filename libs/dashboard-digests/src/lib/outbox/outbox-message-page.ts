import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DigestsApi, recordLoader } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { instantText } from '../shared/digest-format';
import { MailParts } from '../shared/mail-parts';

/** One message of the outbox: subject, the HTML part (sandboxed) and the text part, and the .eml download. */
@Component({
  selector: 'kem-outbox-message-page',
  imports: [LoadStatus, MailParts, MatButtonModule, RouterLink],
  template: `
    <header class="page-header">
      <div><h1>Outbox message</h1></div>
      <a mat-stroked-button routerLink="/digests/outbox">Back to the outbox</a>
    </header>
    <kem-load-status [source]="message" loadingLabel="Loading the message" failedText="The message could not be opened" />
    @if (!message.loading() && message.value(); as m) {
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
      <kem-mail-parts [html]="m.html" [text]="m.text" label="Outbox message" />
    }
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxMessagePage {
  readonly api = inject(DigestsApi);
  /** Route parameter of outbox/:id. */
  readonly id = input.required<string>();
  readonly message = recordLoader('message', this.id, (id) => this.api.outboxMessage(id));
  readonly instantText = instantText;
}
