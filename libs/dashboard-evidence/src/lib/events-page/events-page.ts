import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EVENT_STATUSES, EventQuery, EventStatus, EventView, IndicatorView, Page } from '@kem/contracts';
import { errorMessage, EvidenceApi, IndicatorsApi, SessionStore } from '@kem/dashboard-core';
import { catchError, filter, map, of, switchMap } from 'rxjs';
import { confirmAction } from '@kem/dashboard-ui';
import { EventCard } from '../event-card/event-card';
import { groupByYear } from '../event-format';
import { EventFilters, EventFilterValue } from './event-filters';

export const EVENT_PAGE_SIZES = [20, 50, 100];
const DEFAULT_PAGE_SIZE = EVENT_PAGE_SIZES[0];

type TimelineQuery = EventQuery & { page: number; pageSize: number };

const positiveInt = (text: string | undefined) => (text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : undefined);

/** The evidence timeline: filterable, paginated, newest first; filters live in the URL so a view can be shared. */
@Component({
  selector: 'kem-events-page',
  imports: [EventCard, EventFilters, MatButtonModule, MatCardModule, MatPaginatorModule, MatProgressBarModule, RouterLink],
  templateUrl: './events-page.html',
  styleUrl: './events-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventsPage {
  private readonly api = inject(EvidenceApi);
  protected readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);

  // Query parameters, bound by the router (undefined when absent from the URL).
  readonly indicator = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly q = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly pageSizes = EVENT_PAGE_SIZES;
  readonly canEdit = computed(() => this.session.hasRole('analyst'));
  readonly filters = computed<EventFilterValue>(() => ({
    indicator: this.indicator() || undefined,
    from: this.from() || undefined,
    to: this.to() || undefined,
    q: this.q()?.trim() || undefined,
    status: EVENT_STATUSES.includes(this.status() as EventStatus) ? (this.status() as EventStatus) : undefined,
  }));
  readonly filtered = computed(() => Object.values(this.filters()).some((v) => v !== undefined));
  readonly query = computed<TimelineQuery>(() => {
    const size = positiveInt(this.pageSize());
    return {
      ...this.filters(),
      page: positiveInt(this.page()) ?? 1,
      pageSize: size && EVENT_PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
    };
  });

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly result = signal<Page<EventView> | null>(null);
  readonly notice = signal<string | null>(null);
  readonly indicators = signal<IndicatorView[]>([]);
  readonly indicatorByKey = computed(() => new Map(this.indicators().map((i) => [i.key, i])));
  readonly groups = computed(() => groupByYear(this.result()?.items ?? []));
  readonly range = computed(() => {
    const page = this.result();
    if (!page || page.items.length === 0) return null;
    const first = (page.page - 1) * page.pageSize + 1;
    return { first, last: first + page.items.length - 1, total: page.total };
  });
  private readonly attempt = signal(0);

  constructor() {
    inject(IndicatorsApi)
      .list()
      .subscribe({ next: (list) => this.indicators.set(list), error: () => this.indicators.set([]) });
    toObservable(computed(() => ({ query: this.query(), attempt: this.attempt() })))
      .pipe(
        switchMap(({ query }) => {
          this.loading.set(true);
          this.error.set(null);
          return this.api.list(query).pipe(
            map((page) => ({ page, query })),
            catchError((error: unknown) => of({ error: errorMessage(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if ('error' in outcome) {
          this.error.set(outcome.error);
        } else if (outcome.page.items.length === 0 && outcome.page.total > 0 && outcome.query.page > 1) {
          this.go({ ...this.filters(), page: Math.ceil(outcome.page.total / outcome.query.pageSize), pageSize: outcome.query.pageSize });
        } else {
          this.result.set(outcome.page);
        }
      });
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  onFilters(filters: EventFilterValue): void {
    this.notice.set(null);
    this.go({ ...filters, page: 1, pageSize: this.query().pageSize });
  }

  onPage(event: PageEvent): void {
    this.go({ ...this.filters(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  remove(event: EventView): void {
    confirmAction(this.dialog, {
      title: 'Delete this event?',
      message: `“${event.title}” will no longer count towards the index. The audit trail keeps a record of it.`,
      confirm: 'Delete',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(event.id)),
      )
      .subscribe({
        next: () => {
          this.notice.set(`Deleted “${event.title}”.`);
          this.retry();
        },
        error: (error: unknown) => this.notice.set(`“${event.title}” could not be deleted: ${errorMessage(error)}`),
      });
  }

  /** Puts the filters and page into the URL (defaults left out); the inputs then change and the list reloads. */
  private go(query: TimelineQuery): void {
    const queryParams: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') queryParams[name] = value;
    if (query.page === 1) delete queryParams['page'];
    if (query.pageSize === DEFAULT_PAGE_SIZE) delete queryParams['pageSize'];
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
