import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DigestsApi, recordLoader } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { instantText } from '../shared/digest-format';
import { MailParts } from '../shared/mail-parts';

/** The next digest of one subscription, exactly as it would be sent; nothing is sent or stored. */
@Component({
  selector: 'kem-digest-preview-page',
  imports: [LoadStatus, MailParts, MatButtonModule, RouterLink],
  template: `
    <header class="page-header">
      <div>
        <h1>Digest preview</h1>
        <p>The next digest of this subscription, rendered as it would be sent. Nothing is sent.</p>
      </div>
      <a mat-stroked-button routerLink="/digests/subscriptions">Back to subscriptions</a>
    </header>
    <kem-load-status [source]="preview" loadingLabel="Rendering the preview" failedText="The preview could not be rendered" />
    @if (!preview.loading() && preview.value(); as p) {
      <dl class="facts">
        <dt>Subject</dt>
        <dd data-testid="subject">{{ p.subject }}</dd>
        <dt>Period</dt>
        <dd data-testid="period">{{ p.period }} {{ p.due ? '(due now: the next check sends it)' : '' }}</dd>
        <dt>Scheduled</dt>
        <dd>{{ instantText(p.nextDigestAt) }}</dd>
      </dl>
      <kem-mail-parts [html]="p.html" [text]="p.text" label="Digest preview" />
    }
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DigestPreviewPage {
  private readonly api = inject(DigestsApi);
  /** Route parameter of subscriptions/:id/preview. */
  readonly id = input.required<string>();

  readonly preview = recordLoader('subscription', this.id, (id) => this.api.preview(id));
  readonly instantText = instantText;
}
