import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ImportProblems } from './csv-import-flow';

/** A refused CSV's problems, line by line (line 1 is the header), for any import page. */
@Component({
  selector: 'kem-import-problems',
  imports: [MatTableModule],
  template: `
    <section class="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems in the file</h2>
      <p class="problem-summary" role="alert">{{ problems().message }}</p>
      <p>Nothing was stored. Fix these lines in the file (line 1 is the header), then check it again.</p>
      <table mat-table [dataSource]="problems().items" class="problem-table" data-testid="problems">
        <ng-container matColumnDef="line">
          <th mat-header-cell *matHeaderCellDef scope="col">Line</th>
          <td mat-cell *matCellDef="let p">{{ p.line }}</td>
        </ng-container>
        <ng-container matColumnDef="field">
          <th mat-header-cell *matHeaderCellDef scope="col">Column</th>
          <td mat-cell *matCellDef="let p">{{ p.field === 'file' ? '(whole row)' : p.field }}</td>
        </ng-container>
        <ng-container matColumnDef="message">
          <th mat-header-cell *matHeaderCellDef scope="col">Problem</th>
          <td mat-cell *matCellDef="let p">{{ p.message }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 8px;
    }
    .problem-summary {
      color: var(--mat-sys-error);
    }
    table {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProblemsTable {
  readonly problems = input.required<ImportProblems>();
  readonly columns = ['line', 'field', 'message'];
}
