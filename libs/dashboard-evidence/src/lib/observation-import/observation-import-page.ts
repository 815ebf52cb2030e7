import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { OBSERVATION_CSV_OPTIONAL_COLUMNS, OBSERVATION_CSV_REQUIRED_COLUMNS, ObservationImportRowResult } from '@kem/contracts';
import { ObservationsApi } from '@kem/dashboard-core';
import { CsvImport } from '../import/csv-import';
import { csvImportFlow } from '../import/csv-import-flow';
import { csvColumns, ImportFormat } from '../import/import-format';
import { ImportNoun } from '../import/import-outcome';
import { previewColumns } from '../import/import-table';

type Column = (typeof OBSERVATION_CSV_REQUIRED_COLUMNS)[number] | (typeof OBSERVATION_CSV_OPTIONAL_COLUMNS)[number];

/** What each column of an observations CSV holds. */
export const OBSERVATION_COLUMN_HELP: Record<Column, string> = {
  indicator: 'Indicator key the series belongs to, e.g. trade_russia',
  series: 'Which quantity, e.g. russia_import_share or fh_civil_liberties',
  date: 'Day the value stands for, YYYY-MM-DD (for an annual figure, the last day of its year)',
  value: 'A number; bounded by its unit (% from 0 to 100)',
  unit: 'e.g. %, score, index',
  source_name: 'Who published it (e.g. Freedom House, World Bank)',
  source_url: 'Address of the publication, starting with http:// or https://',
  confidence: 'high, medium or low',
  id: 'An existing observation’s id to update it; empty to add (an existing indicator, series and date is updated too)',
  period: 'The period the value covers: YYYY (a year) or YYYY-MM (a part-year ending that month)',
  vintage: 'Day the figure was published (its edition), YYYY-MM-DD',
  note: 'Anything a reader should know, e.g. a revision',
};

export const EXAMPLE_OBSERVATIONS_CSV =
  [
    'indicator,series,date,period,value,unit,source_name,source_url,confidence,vintage,note',
    'civil_liberties,fh_civil_liberties,2025-12-31,2025,14,score,Example: Freedom House,https://example.org/freedom-in-the-world,high,2026-02-26,Replace with the real figure',
  ].join('\r\n') + '\r\n';

/** Observations CSV import for analysts (new vintages of the structural series): dry run with preview or line-numbered problems, then all rows or none. */
@Component({
  selector: 'kem-observation-import-page',
  imports: [CsvImport, ImportFormat, MatButtonModule, RouterLink],
  templateUrl: './observation-import-page.html',
  styleUrl: '../import/import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObservationImportPage {
  private readonly api = inject(ObservationsApi);

  readonly columns = csvColumns(OBSERVATION_CSV_REQUIRED_COLUMNS, OBSERVATION_CSV_OPTIONAL_COLUMNS, OBSERVATION_COLUMN_HELP);
  readonly previewColumns = previewColumns<ObservationImportRowResult>(
    (r) => r.observation.id,
    [
      { key: 'indicator', header: 'Indicator', cell: (r) => r.observation.indicatorKey },
      { key: 'series', header: 'Series', cell: (r) => r.observation.series },
      { key: 'period', header: 'Period', cell: (r) => r.observation.period ?? r.observation.date },
      { key: 'value', header: 'Value', cell: (r) => `${r.observation.value} ${r.observation.unit}` },
      { key: 'vintage', header: 'Vintage', cell: (r) => r.observation.vintage ?? '–' },
    ],
  );
  readonly noun: ImportNoun = { one: 'observation', many: 'observations' };
  readonly exampleUrl = URL.createObjectURL(new Blob([EXAMPLE_OBSERVATIONS_CSV], { type: 'text/csv' }));
  readonly flow = csvImportFlow((file, dryRun) => this.api.importCsv(file, dryRun));

  constructor() {
    inject(DestroyRef).onDestroy(() => URL.revokeObjectURL(this.exampleUrl));
  }
}
