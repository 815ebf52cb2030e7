import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/**
 * Print rules for the parts of the page outside the overview (the app's toolbar and frame), present
 * only while the overview is on screen. Unencapsulated on purpose: it styles the shell.
 */
@Component({
  selector: 'kem-overview-print-styles',
  template: '',
  styles: `
    @media print {
      @page {
        size: A4 portrait;
        margin: 10mm 12mm;
      }
      html,
      body {
        background: #fff !important;
      }
      body mat-toolbar,
      body [role='banner'],
      body .skip-link {
        display: none !important;
      }
      body main {
        max-width: none !important;
        padding: 0 !important;
        margin: 0 !important;
      }
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPrintStyles {}
