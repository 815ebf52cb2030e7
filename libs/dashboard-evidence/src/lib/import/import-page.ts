import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ApiError, EVENT_CSV_OPTIONAL_COLUMNS, EVENT_CSV_REQUIRED_COLUMNS, FieldError, ImportReport, IndicatorView } from '@kem/contracts';
import { apiFieldErrors, errorMessage, EvidenceApi, IndicatorsApi } from '@kem/dashboard-core';
import { HttpErrorResponse } from '@angular/common/http';
import { CSV_COLUMN_HELP, EXAMPLE_CSV_FILE_NAME, EXAMPLE_EVENTS_CSV } from './example-csv';

interface CheckedFile {
  file: File;
  report: ImportReport;
}

interface Problems {
  message: string;
  items: FieldError[];
}

/** CSV import for analysts: check the file (a dry run), read the preview, then import all of it or nothing. */
@Component({
  selector: 'kem-import-page',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule, MatTableModule, RouterLink],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(EvidenceApi);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  readonly columns = [
    ...EVENT_CSV_REQUIRED_COLUMNS.map((name) => ({ name, required: true, help: CSV_COLUMN_HELP[name] })),
    ...EVENT_CSV_OPTIONAL_COLUMNS.map((name) => ({ name, required: false, help: CSV_COLUMN_HELP[name] })),
  ];
  readonly previewColumns = ['line', 'action', 'date', 'indicator', 'title', 'severity'];
  readonly problemColumns = ['line', 'field', 'message'];
  readonly exampleFileName = EXAMPLE_CSV_FILE_NAME;
  readonly exampleUrl = URL.createObjectURL(new Blob([EXAMPLE_EVENTS_CSV], { type: 'text/csv' }));

  readonly indicators = signal<IndicatorView[]>([]);
  readonly indicatorNames = computed(() => new Map(this.indicators().map((i) => [i.key, i.name])));
  /** Valid `indicator` values, with the `stage` keys where the indicator takes one. */
  readonly indicatorKeys = computed(() =>
    this.indicators().map((i) => ({
      key: i.key,
      name: i.name,
      stages: i.method.kind === 'stage' ? i.method.stages.map((s) => s.key).join(', ') : null,
    })),
  );
  readonly file = signal<File | null>(null);
  readonly busy = signal<'check' | 'import' | null>(null);
  readonly checked = signal<CheckedFile | null>(null);
  readonly problems = signal<Problems | null>(null);
  readonly failure = signal<string | null>(null);
  readonly imported = signal<ImportReport | null>(null);

  /** The preview belongs to the file now chosen (choosing another file needs a new check). */
  readonly preview = computed(() => {
    const checked = this.checked();
    return checked && checked.file === this.file() ? checked.report : null;
  });
  readonly canImport = computed(() => (this.preview()?.rows.length ?? 0) > 0 && this.busy() === null);

  constructor() {
    inject(IndicatorsApi)
      .list()
      .subscribe({ next: (list) => this.indicators.set(list), error: () => this.indicators.set([]) });
    inject(DestroyRef).onDestroy(() => URL.revokeObjectURL(this.exampleUrl));
  }

  choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.checked.set(null);
    this.problems.set(null);
    this.failure.set(null);
    this.imported.set(null);
  }

  check(): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.run('check', file, (report) => this.checked.set({ file, report }));
  }

  import(): void {
    const file = this.file();
    if (!file || !this.canImport()) return;
    this.run('import', file, (report) => {
      this.imported.set(report);
      this.checked.set(null);
      this.file.set(null);
      const input = this.fileInput()?.nativeElement;
      if (input) input.value = '';
    });
  }

  private run(kind: 'check' | 'import', file: File, done: (report: ImportReport) => void): void {
    this.busy.set(kind);
    this.problems.set(null);
    this.failure.set(null);
    this.api.importCsv(file, kind === 'check').subscribe({
      next: (report) => {
        this.busy.set(null);
        done(report);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.checked.set(null);
        const items = apiFieldErrors(error);
        if (items.length > 0) {
          const body = (error as HttpErrorResponse).error as Partial<ApiError>;
          this.problems.set({ message: body.message ?? `The file has ${items.length} problems`, items });
        } else {
          this.failure.set(errorMessage(error));
        }
      },
    });
  }
}
