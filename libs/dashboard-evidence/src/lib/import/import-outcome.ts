import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { ImportColumn, ImportTable } from './import-table';

/** The counts of a checked or imported CSV file (dry run or not). */
export interface ImportCounts {
  readonly rows: readonly unknown[];
  readonly created: number;
  readonly updated: number;
}

/** What the rows of an import are called, one and many ("event", "events"). */
export interface ImportNoun {
  readonly one: string;
  readonly many: string;
}

function rowsText(counts: ImportCounts, noun: ImportNoun): string {
  return `${counts.rows.length} ${counts.rows.length === 1 ? noun.one : noun.many}`;
}

/** A checked file that can be imported: its counts and the preview of its rows in the page's columns, for any import page. */
@Component({
  selector: 'kem-import-ready',
  imports: [ImportTable],
  template: `
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">The file is ready to import</h2>
      <p role="status" data-testid="counts">
        {{ rows() }}: {{ report().created }} new, {{ report().updated }} {{ report().updated === 1 ? 'update' : 'updates' }} of stored
        {{ noun().many }}. Nothing has been stored yet.
      </p>
      <div class="table-scroll" tabindex="0" role="region" aria-label="Preview">
        <kem-import-table [rows]="report().rows" [columns]="columns()" />
      </div>
    </section>
  `,
  styleUrl: './import-section.scss',
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReady {
  readonly report = input.required<ImportCounts>();
  readonly noun = input.required<ImportNoun>();
  readonly columns = input.required<readonly ImportColumn<unknown>[]>();
  protected readonly rows = computed(() => rowsText(this.report(), this.noun()));
}

/** A file imported: what was added and updated, anything the page adds to say (projected) and its `[actions]`. */
@Component({
  selector: 'kem-import-done',
  imports: [MatCardModule],
  template: `
    <mat-card appearance="outlined" class="done" role="status" data-testid="imported">
      <mat-card-content>
        <p>Imported {{ rows() }}: {{ report().created }} added, {{ report().updated }} updated.<ng-content /></p>
      </mat-card-content>
      <mat-card-actions>
        <ng-content select="[actions]" />
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .done {
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportDone {
  readonly report = input.required<ImportCounts>();
  readonly noun = input.required<ImportNoun>();
  protected readonly rows = computed(() => rowsText(this.report(), this.noun()));
}
