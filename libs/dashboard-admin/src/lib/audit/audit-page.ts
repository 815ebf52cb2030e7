import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { AuditEntryView, Page } from '@kem/contracts';
import { AUDIT_ENTITY_TYPES, AuditApi, AuditEntityType, AuditQuery, errorMessage, ProfilesApi } from '@kem/dashboard-core';
import { catchError, map, of, switchMap } from 'rxjs';
import { formatDateTime } from '../shared/format';
import { actionLabel, auditChanges, entityLabel } from './audit-format';
import { AuditFilters, AuditFilterValue } from './audit-filters';

export const AUDIT_PAGE_SIZES = [25, 50, 100];
const DEFAULT_PAGE_SIZE = 50;
/** Changes shown at once per entry; the rest behind "more". */
export const CHANGES_SHOWN = 6;

const positiveInt = (text: string | undefined) => (text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : undefined);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every change by an analyst or admin, newest first: who, when, what and the changed fields; filters in the URL. */
@Component({
  selector: 'kem-audit-page',
  imports: [AuditFilters, MatButtonModule, MatCardModule, MatPaginatorModule, MatProgressBarModule],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly profilesApi = inject(ProfilesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Query parameters, bound by the router.
  readonly action = input<string>();
  readonly entityType = input<string>();
  readonly actor = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly pageSizes = AUDIT_PAGE_SIZES;
  readonly shown = CHANGES_SHOWN;
  readonly filters = computed<AuditFilterValue>(() => ({
    action: /^[a-z_]+(\.[a-z_]*)?$/.test(this.action() ?? '') ? this.action() : undefined,
    entityType: AUDIT_ENTITY_TYPES.includes(this.entityType() as AuditEntityType) ? (this.entityType() as AuditEntityType) : undefined,
    actor: this.actor()?.trim() || undefined,
    from: DAY.test(this.from() ?? '') ? this.from() : undefined,
    to: DAY.test(this.to() ?? '') ? this.to() : undefined,
  }));
  readonly filtered = computed(() => Object.values(this.filters()).some((v) => v !== undefined));
  readonly query = computed<AuditQuery & { page: number; pageSize: number }>(() => {
    const size = positiveInt(this.pageSize());
    return {
      ...this.filters(),
      page: positiveInt(this.page()) ?? 1,
      pageSize: size && AUDIT_PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
    };
  });

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly result = signal<Page<AuditEntryView> | null>(null);
  readonly rows = computed(() =>
    (this.result()?.items ?? []).map((entry) => ({
      entry,
      when: formatDateTime(entry.at),
      action: actionLabel(entry.action),
      what: entityLabel(entry, this.profileNames()),
      changes: auditChanges(entry.before, entry.after),
    })),
  );
  private readonly attempt = signal(0);
  /** Profile names by id, so weight changes name their profile (the entries carry only its id). */
  private readonly profileNames = signal<ReadonlyMap<string, string>>(new Map());

  constructor() {
    this.profilesApi
      .list({ includeArchived: true })
      .subscribe({ next: (list) => this.profileNames.set(new Map(list.map((p) => [String(p.id), p.name]))), error: () => undefined });
    toObservable(computed(() => ({ query: this.query(), attempt: this.attempt() })))
      .pipe(
        switchMap(({ query }) => {
          this.loading.set(true);
          this.error.set(null);
          return this.api.list(query).pipe(
            map((page) => ({ page })),
            catchError((error: unknown) => of({ error: errorMessage(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if ('error' in outcome) this.error.set(outcome.error);
        else this.result.set(outcome.page);
      });
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  onFilters(filters: AuditFilterValue): void {
    this.go({ ...filters, page: 1, pageSize: this.query().pageSize });
  }

  onPage(event: PageEvent): void {
    this.go({ ...this.filters(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  /** Puts filters and page into the URL (defaults left out); the inputs then change and the log reloads. */
  private go(query: AuditFilterValue & { page: number; pageSize: number }): void {
    const queryParams: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') queryParams[name] = value;
    if (query.page === 1) delete queryParams['page'];
    if (query.pageSize === DEFAULT_PAGE_SIZE) delete queryParams['pageSize'];
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
