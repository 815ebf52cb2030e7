import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EVENT_CSV_OPTIONAL_COLUMNS, EVENT_CSV_REQUIRED_COLUMNS, ImportRowResult } from '@kem/contracts';
import { EvidenceApi, indicatorNames, indicatorsLoader } from '@kem/dashboard-core';
import { CsvImport } from './csv-import';
import { csvImportFlow } from './csv-import-flow';
import { csvColumns, ImportFormat } from './import-format';
import { ImportNoun } from './import-outcome';
import { previewColumns } from './import-table';
import { CSV_COLUMN_HELP, EXAMPLE_CSV_FILE_NAME, EXAMPLE_EVENTS_CSV } from './example-csv';

/** CSV import for analysts: check the file (a dry run), read the preview, then import all of it or nothing. */
@Component({
  selector: 'kem-import-page',
  imports: [CsvImport, ImportFormat, MatButtonModule, RouterLink],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(EvidenceApi);

  readonly columns = csvColumns(EVENT_CSV_REQUIRED_COLUMNS, EVENT_CSV_OPTIONAL_COLUMNS, CSV_COLUMN_HELP);
  readonly previewColumns = previewColumns<ImportRowResult>(
    (r) => r.event.id,
    [
      { key: 'date', header: 'Date', cell: (r) => r.event.date },
      { key: 'indicator', header: 'Indicator', cell: (r) => this.indicatorNames().get(r.event.indicatorKey) ?? r.event.indicatorKey },
      { key: 'title', header: 'Title', cell: (r) => r.event.title },
      { key: 'severity', header: 'Severity', cell: (r) => r.event.severity },
    ],
  );
  readonly noun: ImportNoun = { one: 'event', many: 'events' };
  readonly exampleFileName = EXAMPLE_CSV_FILE_NAME;
  readonly exampleUrl = URL.createObjectURL(new Blob([EXAMPLE_EVENTS_CSV], { type: 'text/csv' }));

  private readonly indicatorsLoad = indicatorsLoader();
  /** Empty until they arrive, and if they cannot be loaded: the page works without their names. */
  readonly indicators = computed(() => this.indicatorsLoad.value() ?? []);
  readonly indicatorNames = computed(() => indicatorNames(this.indicators()));
  /** Valid `indicator` values, with the `stage` keys where the indicator takes one. */
  readonly indicatorKeys = computed(() =>
    this.indicators().map((i) => ({
      key: i.key,
      name: i.name,
      stages: i.method.kind === 'stage' ? i.method.stages.map((s) => s.key).join(', ') : null,
    })),
  );
  /** Choose, check (dry run), then import all rows or none. */
  readonly flow = csvImportFlow((file, dryRun) => this.api.importCsv(file, dryRun));

  constructor() {
    inject(DestroyRef).onDestroy(() => URL.revokeObjectURL(this.exampleUrl));
  }
}
