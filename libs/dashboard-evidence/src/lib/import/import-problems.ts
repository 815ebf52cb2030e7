import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldError } from '@kem/contracts';
import { ImportProblems } from './csv-import-flow';
import { ImportColumn, ImportTable } from './import-table';

const PROBLEM_COLUMNS: ImportColumn<FieldError>[] = [
  { key: 'line', header: 'Line', cell: (p) => p.line ?? '' },
  { key: 'field', header: 'Column', cell: (p) => (p.field === 'file' ? '(whole row)' : p.field) },
  { key: 'message', header: 'Problem', cell: (p) => p.message },
];

/** A refused CSV's problems, line by line (line 1 is the header), for any import page. */
@Component({
  selector: 'kem-import-problems',
  imports: [ImportTable],
  template: `
    <section class="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems in the file</h2>
      <p class="problem-summary" role="alert">{{ problems().message }}</p>
      <p>Nothing was stored. Fix these lines in the file (line 1 is the header), then check it again.</p>
      <kem-import-table [rows]="problems().items" [columns]="columns" testId="problems" />
    </section>
  `,
  styleUrl: './import-section.scss',
  styles: `
    .problem-summary {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProblemsTable {
  readonly problems = input.required<ImportProblems>();
  protected readonly columns = PROBLEM_COLUMNS;
}
