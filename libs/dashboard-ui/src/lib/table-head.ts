import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A column heading: its text, or the text with how it shows. */
export type TableColumn = string | { readonly label: string; readonly numeric?: boolean; readonly hidden?: boolean };

/** The last column of a table whose rows end in buttons: named for screen readers, blank on screen. */
export const ACTIONS_COLUMN: TableColumn = { label: 'Actions', hidden: true };

/**
 * A table's header row from its column headings: `<thead [kemTableHead]="['Name', 'Role', ACTIONS_COLUMN]">`.
 * Each heading is a `<th scope="col">`; a `numeric` one is right-aligned (class `num`), a `hidden` one is read
 * out but not shown. The cells are styled here (a page's own `th` rules do not reach into this component);
 * they inherit the font of the table, or of the `thead` where the page sets one.
 */
@Component({
  // An attribute on the table's own <thead>: an element of ours between table and rows would break the table's structure.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'thead[kemTableHead]',
  template: `
    <tr>
      @for (column of columns(); track $index) {
        <th scope="col" [class.num]="column.numeric">
          @if (column.hidden) {
            <span class="visually-hidden">{{ column.label }}</span>
          } @else {
            {{ column.label }}
          }
        </th>
      }
    </tr>
  `,
  styles: `
    th {
      padding: 6px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TableHead {
  readonly headings = input.required<readonly TableColumn[]>({ alias: 'kemTableHead' });

  protected readonly columns = computed(() =>
    this.headings().map((column) => (typeof column === 'string' ? { label: column, numeric: false, hidden: false } : column)),
  );
}
