import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { LoadSource, LoadStatus } from './load-status';

/** The paging facts of one page of a list, as the API's paged endpoints return them. */
export interface TablePage {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** A paged request a table follows and pages (dashboard-core's `pagedList` and `urlPagedList` fit). */
export interface PagedSource extends LoadSource {
  /** The page loaded last (kept while the next one loads); null before the first. */
  readonly value: () => TablePage | null;
  /** Loaded, and nothing on the page. */
  readonly empty: () => boolean;
  /** Loads the page the pager asks for (page index from 0). */
  goToPage(event: { pageIndex: number; pageSize: number }): void;
}

/**
 * One page of a list as a table, with its loading, failed and empty states and the pager: the page
 * projects its `<caption>`, `<thead>` and `<tbody>` (and an `[empty]` message, an `[summary]` line
 * above the table). While the next page loads the last one stays, dimmed. Without `pageSizes` the
 * pager has no size choice and appears only when there is more than one page.
 */
@Component({
  selector: 'kem-paged-table',
  imports: [LoadStatus, MatPaginatorModule],
  template: `
    <kem-load-status [source]="source()" [empty]="showEmpty()" [loadingLabel]="loadingLabel()" [failedText]="failedText()">
      <ng-content select="[empty]" ngProjectAs="[empty]" />
    </kem-load-status>
    @if (shown(); as page) {
      <ng-content select="[summary]" />
      <div class="table-wrap" [class.stale]="source().state().loading">
        <table class="data-table" [attr.data-testid]="tableTestId()">
          <ng-content select="caption" />
          <ng-content select="thead" />
          <ng-content select="tbody" />
        </table>
      </div>
      @if (pageSizes().length > 0 ? page.total > 0 : page.total > page.pageSize) {
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="page.pageSize"
          [pageSizeOptions]="pageSizes()"
          [hidePageSize]="pageSizes().length === 0"
          (page)="source().goToPage($event)"
          [attr.aria-label]="pagerLabel()"
        />
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .stale {
      opacity: 0.6;
    }
    .data-table {
      width: 100%;
      border-collapse: collapse;
      margin: 8px 0;
    }
    mat-paginator {
      background: transparent;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedTable {
  /** The list's request: its state and page; "Try again" reloads it, the pager asks it for another page. */
  readonly source = input.required<PagedSource>();
  /**
   * Whether the `[empty]` message stands in for the table when the page is empty (by default it does);
   * false for a table that says so in a row of its own.
   */
  readonly emptyMessage = input(true);
  readonly loadingLabel = input.required<string>();
  readonly failedText = input.required<string>();
  /** The pager's accessible name, e.g. "Delivery pages". */
  readonly pagerLabel = input.required<string>();
  /** Page sizes to choose from; none: the size is fixed. */
  readonly pageSizes = input<number[]>([]);
  readonly tableTestId = input<string | null>(null);

  protected readonly showEmpty = computed(() => this.emptyMessage() && this.source().empty());
  protected readonly shown = computed(() => (this.showEmpty() ? null : this.source().value()));
}
