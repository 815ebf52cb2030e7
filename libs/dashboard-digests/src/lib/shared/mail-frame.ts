import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

/**
 * Shows the HTML part of an e-mail in a sandboxed iframe, as tall as the message (the whole e-mail
 * shows, nothing is cut off or hidden behind a second scrollbar).
 *
 * The HTML is produced by our own API (digest templates, chart inlined as a data: URL), but it
 * contains values typed by users (display names, event titles), so it is never put into this
 * page's DOM. The sandbox keeps every restriction but one: no scripts, no forms, no popups, no
 * top navigation. `allow-same-origin` lets this page measure the message's height to size the
 * frame; without `allow-scripts` nothing in the message can run to use that origin (the pair
 * `allow-scripts allow-same-origin` is the one that would undo the sandbox, and is never given).
 * Angular would otherwise sanitise srcdoc away entirely, so bypassSecurityTrustHtml is used here
 * and only here, for a srcdoc that always sits inside that sandbox.
 */
@Component({
  selector: 'kem-mail-frame',
  template: `<iframe
    #frame
    sandbox="allow-same-origin"
    [attr.srcdoc]="safeHtml()"
    [title]="label()"
    [style.height.px]="height()"
    (load)="fit()"
    referrerpolicy="no-referrer"
    data-testid="mail-frame"
  ></iframe>`,
  host: { '(window:resize)': 'fit()' },
  styles: `
    :host {
      display: block;
    }
    iframe {
      width: 100%;
      min-height: 240px;
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
  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');
  /** The message's height in CSS pixels once loaded (and again when the window's width changes). */
  readonly height = signal<number | null>(null);

  fit(): void {
    // The body's height is the message's own (the root element's is at least the frame's).
    const body = this.frame().nativeElement.contentDocument?.body;
    if (body) this.height.set(Math.ceil(body.scrollHeight));
  }
}
