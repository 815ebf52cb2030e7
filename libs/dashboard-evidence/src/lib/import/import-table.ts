import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';

/** A column of an import table: its key, its header and what a row shows in it. */
export interface ImportColumn<R> {
  readonly key: string;
  readonly header: string;
  cell(row: R): string | number;
}

/** A row of an import report: its line in the file, and whether it adds a row or updates a stored one. */
export interface ImportedRow {
  readonly line: number;
  readonly action: 'create' | 'update';
}

/** A preview's columns: the line and the action (naming the stored row an update changes), then the page's own. */
export function previewColumns<R extends ImportedRow>(storedId: (row: R) => number | undefined, own: ImportColumn<R>[]): ImportColumn<R>[] {
  return [
    { key: 'line', header: 'Line', cell: (r) => r.line },
    { key: 'action', header: 'Action', cell: (r) => (r.action === 'create' ? 'Create' : `Update #${storedId(r)}`) },
    ...own,
  ];
}

/** The rows of an import (a preview, or a refused file's problems) as a table, one column a `ImportColumn`. */
@Component({
  selector: 'kem-import-table',
  imports: [MatTableModule],
  template: `
    <table mat-table [dataSource]="rows()" [attr.data-testid]="testId()">
      @for (column of columns(); track column.key) {
        <ng-container [matColumnDef]="column.key">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ column.header }}</th>
          <td mat-cell *matCellDef="let row">{{ column.cell(row) }}</td>
        </ng-container>
      }
      <tr mat-header-row *matHeaderRowDef="keys()"></tr>
      <tr mat-row *matRowDef="let row; columns: keys()"></tr>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    table {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportTable {
  readonly rows = input.required<readonly unknown[]>();
  readonly columns = input.required<readonly ImportColumn<unknown>[]>();
  readonly testId = input<string | null>(null);
  protected readonly keys = computed(() => this.columns().map((c) => c.key));
}
