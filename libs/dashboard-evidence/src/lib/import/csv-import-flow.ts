import { HttpErrorResponse } from '@angular/common/http';
import { computed, Signal, signal } from '@angular/core';
import { ApiError, FieldError } from '@kem/contracts';
import { apiFieldErrors, errorMessage } from '@kem/dashboard-core';
import { Observable } from 'rxjs';

/** A refused file: the API's sentence and its line-numbered problems. */
export interface ImportProblems {
  message: string;
  items: FieldError[];
}

/** What every CSV import report has: the rows it would store (line-numbered). */
export interface CsvImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  rows: readonly { line: number }[];
}

export interface CsvImportFlow<R extends CsvImportReport> {
  readonly file: Signal<File | null>;
  readonly busy: Signal<'check' | 'import' | null>;
  readonly problems: Signal<ImportProblems | null>;
  readonly failure: Signal<string | null>;
  readonly imported: Signal<R | null>;
  /** The dry run's report for the file now chosen (choosing another file needs a new check). */
  readonly preview: Signal<R | null>;
  readonly canImport: Signal<boolean>;
  choose(event: Event): void;
  /** Dry run: the API checks every line and stores nothing. */
  check(): void;
  /** All rows or none, after a clean check of the same file. */
  import(): void;
}

/**
 * The analyst's CSV import, the same for events and observations: choose a file, check it (a dry run:
 * a preview, or line-numbered problems), then import all of it or nothing. `upload` is the client's
 * import call; the file input the file came from is cleared after an import.
 */
export function csvImportFlow<R extends CsvImportReport>(upload: (file: File, dryRun: boolean) => Observable<R>): CsvImportFlow<R> {
  let fileInput: HTMLInputElement | null = null;
  const file = signal<File | null>(null);
  const busy = signal<'check' | 'import' | null>(null);
  const checked = signal<{ file: File; report: R } | null>(null);
  const problems = signal<ImportProblems | null>(null);
  const failure = signal<string | null>(null);
  const imported = signal<R | null>(null);
  const preview = computed(() => {
    const c = checked();
    return c && c.file === file() ? c.report : null;
  });
  const canImport = computed(() => (preview()?.rows.length ?? 0) > 0 && busy() === null);

  const run = (kind: 'check' | 'import', chosen: File, done: (report: R) => void): void => {
    busy.set(kind);
    problems.set(null);
    failure.set(null);
    upload(chosen, kind === 'check').subscribe({
      next: (report) => {
        busy.set(null);
        done(report);
      },
      error: (error: unknown) => {
        busy.set(null);
        checked.set(null);
        const items = apiFieldErrors(error);
        if (items.length > 0) {
          const body = (error as HttpErrorResponse).error as Partial<ApiError>;
          problems.set({ message: body.message ?? `The file has ${items.length} problems`, items });
        } else {
          failure.set(errorMessage(error));
        }
      },
    });
  };

  return {
    file: file.asReadonly(),
    busy: busy.asReadonly(),
    problems: problems.asReadonly(),
    failure: failure.asReadonly(),
    imported: imported.asReadonly(),
    preview,
    canImport,
    choose: (event) => {
      fileInput = event.target as HTMLInputElement;
      file.set(fileInput.files?.[0] ?? null);
      checked.set(null);
      problems.set(null);
      failure.set(null);
      imported.set(null);
    },
    check: () => {
      const chosen = file();
      if (!chosen || busy()) return;
      run('check', chosen, (report) => checked.set({ file: chosen, report }));
    },
    import: () => {
      const chosen = file();
      if (!chosen || !canImport()) return;
      run('import', chosen, (report) => {
        imported.set(report);
        checked.set(null);
        file.set(null);
        if (fileInput) fileInput.value = '';
      });
    },
  };
}
