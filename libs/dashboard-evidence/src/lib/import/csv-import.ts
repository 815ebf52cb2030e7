import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CsvImportFlow, CsvImportReport } from './csv-import-flow';
import { ImportDone, ImportNoun, ImportReady } from './import-outcome';
import { ImportProblemsTable } from './import-problems';
import { ImportColumn } from './import-table';
import { ImportUpload } from './import-upload';

/**
 * A CSV import from file to outcome, for any import page: the chooser with "Check file" and "Import",
 * then the file's problems, the preview in the page's columns, or what was imported — with anything
 * the page adds to say (projected) and its `[actions]`.
 */
@Component({
  selector: 'kem-csv-import',
  imports: [ImportDone, ImportProblemsTable, ImportReady, ImportUpload],
  template: `
    <kem-import-upload [flow]="flow()" [noun]="noun().many" [inputId]="inputId()" />
    @if (flow().problems(); as problems) {
      <kem-import-problems [problems]="problems" />
    }
    @if (flow().preview(); as report) {
      <kem-import-ready [report]="report" [noun]="noun()" [columns]="columns()" />
    }
    @if (flow().imported(); as report) {
      <kem-import-done [report]="report" [noun]="noun()">
        <ng-content />
        <ng-content select="[actions]" ngProjectAs="[actions]" />
      </kem-import-done>
    }
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CsvImport {
  readonly flow = input.required<CsvImportFlow<CsvImportReport>>();
  readonly noun = input.required<ImportNoun>();
  /** The preview's columns (`previewColumns`). */
  readonly columns = input.required<readonly ImportColumn<unknown>[]>();
  /** The file input's id (unique on the page). */
  readonly inputId = input.required<string>();
}
