import { ChangeDetectionStrategy, Component, input, signal, Signal } from '@angular/core';
import { ChartTable, ChartTableCell } from './chart-table';

/**
 * The data-table alternative under a chart, for keyboard and screen-reader users: a disclosure whose
 * tables are only worked out and built once it is opened (hence a signal of them, read then).
 */
@Component({
  selector: 'kem-chart-data-table',
  template: `
    <details (toggle)="open.set(details.open)" #details>
      <summary>Show the chart's data as a table</summary>
      @if (open()) {
        @for (table of tables()(); track table.label) {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="table.label">
            <table>
              <caption>
                {{
                  table.caption
                }}
              </caption>
              <thead>
                <tr>
                  @for (column of table.columns; track $index) {
                    <th scope="col" [class]="column.align ?? ''">{{ column.heading }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of table.rows; track row.key) {
                  <tr>
                    @for (cell of row.cells; track $index) {
                      <td [class]="table.columns[$index].align ?? ''">
                        @if (link(cell); as link) {
                          <a [href]="link.href" target="_blank" rel="noopener noreferrer">{{ link.text }}</a>
                        } @else {
                          {{ cell }}
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </details>
  `,
  styles: `
    @use 'tables';

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
    .table-wrap {
      max-height: 320px;
      overflow: auto;
      margin-top: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
    }
    @include tables.data-table($cell-padding: 4px 8px, $white-space: nowrap);
    caption {
      text-align: left;
      font-weight: 600;
      padding: 8px;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--mat-sys-surface-container);
    }
    td.wrap {
      white-space: normal;
      min-width: 240px;
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
  readonly tables = input.required<Signal<readonly ChartTable[]>>();
  protected readonly open = signal(false);

  protected link(cell: ChartTableCell): { text: string; href: string } | null {
    return typeof cell === 'string' ? null : cell;
  }
}
