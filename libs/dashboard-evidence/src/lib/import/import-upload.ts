import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CsvImportFlow, CsvImportReport } from './csv-import-flow';

/** The file chooser with "Check file" and "Import N …" of a CSV import flow, for any import page; then the failure or the problems. */
@Component({
  selector: 'kem-import-upload',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule],
  template: `
    <mat-card appearance="outlined" class="upload">
      <mat-card-content>
        <label [for]="inputId()" class="file-label">CSV file (UTF-8, header on line 1)</label>
        <input [id]="inputId()" type="file" accept=".csv,text/csv" (change)="flow().choose($event)" data-testid="file" />
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            [disabled]="!flow().file() || flow().busy() !== null"
            (click)="flow().check()"
            data-testid="check"
          >
            Check file
          </button>
          <button mat-flat-button type="button" [disabled]="!flow().canImport()" (click)="flow().import()" data-testid="import">
            Import {{ flow().preview()?.rows?.length ?? '' }} {{ noun() }}
          </button>
        </div>
        @if (flow().busy(); as busy) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="busy === 'check' ? 'Checking the file' : 'Importing'" />
        }
      </mat-card-content>
    </mat-card>
    @if (flow().failure(); as message) {
      <p class="failure" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .file-label {
      display: block;
      font-weight: 600;
      margin-bottom: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 16px 0 8px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportUpload {
  readonly flow = input.required<CsvImportFlow<CsvImportReport>>();
  /** What the rows are, for the import button: 'events', 'observations'. */
  readonly noun = input.required<string>();
  readonly inputId = input('csv-file');
}
