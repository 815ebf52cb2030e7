import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A column a CSV file may have: its header name, whether it must be there, and what it holds. */
export interface CsvColumnHelp {
  readonly name: string;
  readonly required: boolean;
  readonly help: string;
}

/** "Expected columns" of an import page: each column with what it holds, an example file, and anything the page adds (projected). */
@Component({
  selector: 'kem-import-format',
  template: `
    <section class="format" aria-labelledby="format-heading">
      <h2 id="format-heading">Expected columns</h2>
      <p>
        Columns may come in any order; optional ones may be left out.
        <a [href]="exampleUrl()" [attr.download]="exampleFileName()">Download an example CSV</a>
      </p>
      <dl>
        @for (column of columns(); track column.name) {
          <div>
            <dt>
              <code>{{ column.name }}</code> {{ column.required ? '(required)' : '(optional)' }}
            </dt>
            <dd>{{ column.help }}</dd>
          </div>
        }
      </dl>
      <ng-content />
    </section>
  `,
  styleUrl: './import-section.scss',
  styles: `
    dl {
      display: grid;
      gap: 6px;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportFormat {
  readonly columns = input.required<readonly CsvColumnHelp[]>();
  /** An object URL of the example file. */
  readonly exampleUrl = input.required<string>();
  readonly exampleFileName = input.required<string>();
}

/** The columns of a CSV format with their help: the required ones first. */
export function csvColumns<C extends string>(
  required: readonly C[],
  optional: readonly C[],
  help: Readonly<Record<C, string>>,
): CsvColumnHelp[] {
  const column = (isRequired: boolean) => (name: C) => ({ name, required: isRequired, help: help[name] });
  return [...required.map(column(true)), ...optional.map(column(false))];
}
