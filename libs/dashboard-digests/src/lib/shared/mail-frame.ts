import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

/**
 * Shows the HTML part of an e-mail in a fully sandboxed iframe.
 *
 * The HTML is produced by our own API (digest templates, chart inlined as a data: URL), but it
 * contains values typed by users (display names, event titles), so it is never put into this
 * page's DOM. `sandbox=""` (every restriction on) gives the frame an opaque origin: no scripts,
 * no forms, no top navigation, no access to our cookies or DOM. Angular would otherwise sanitise
 * srcdoc away entirely, so bypassSecurityTrustHtml is used here and only here, for a srcdoc
 * that always sits inside that empty sandbox.
 */
@Component({
  selector: 'kem-mail-frame',
  template: `<iframe
    sandbox=""
    [attr.srcdoc]="safeHtml()"
    [title]="label()"
    referrerpolicy="no-referrer"
    data-testid="mail-frame"
  ></iframe>`,
  styles: `
    :host {
      display: block;
    }
    iframe {
      width: 100%;
      min-height: 560px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailFrame {
  private readonly sanitizer = inject(DomSanitizer);
  readonly html = input.required<string>();
  /** Accessible name of the frame. */
  readonly label = input('E-mail, HTML part');
  readonly safeHtml = computed<SafeHtml>(() => this.sanitizer.bypassSecurityTrustHtml(this.html()));
}
