import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MailFrame } from './mail-frame';

/** Both parts of an e-mail, one under the other: the HTML part (sandboxed) and the plain-text part. */
@Component({
  selector: 'kem-mail-parts',
  imports: [MailFrame],
  template: `
    <h2>HTML part</h2>
    <kem-mail-frame [html]="html()" [label]="label() + ', HTML part'" />
    <h2>Plain-text part</h2>
    <pre class="text-part" data-testid="text-part">{{ text() }}</pre>
  `,
  styles: `
    :host {
      display: contents;
    }
    .text-part {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--mat-sys-surface-container);
      padding: 12px;
      border-radius: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailParts {
  readonly html = input.required<string>();
  readonly text = input.required<string>();
  /** What the message is, e.g. "Digest preview": the frame's title adds ", HTML part". */
  readonly label = input.required<string>();
}
