import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, contentChild, signal, TemplateRef } from '@angular/core';

/**
 * The data-table alternative under a chart, for keyboard and screen-reader users: a disclosure whose
 * table (the `<ng-template>` given as content) is only built once it is opened.
 */
@Component({
  selector: 'kem-chart-data-table',
  imports: [NgTemplateOutlet],
  template: `
    <details (toggle)="open.set(details.open)" #details>
      <summary>Show the chart's data as a table</summary>
      @if (open()) {
        <ng-container [ngTemplateOutlet]="table()" />
      }
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    details {
      margin-top: 8px;
      font-size: 0.875rem;
    }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      width: fit-content;
      padding: 4px 0;
    }
    summary:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartDataTable {
  protected readonly table = contentChild.required(TemplateRef);
  protected readonly open = signal(false);
}
