import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule } from '@angular/material/paginator';
import { Router, RouterLink } from '@angular/router';
import { EVENT_STATUSES, EventView } from '@kem/contracts';
import { errorMessage, EvidenceApi, hasRole, indicatorsLoader, oneOfParam, textParam, urlPagedList } from '@kem/dashboard-core';
import { confirmAction, LoadStatus } from '@kem/dashboard-ui';
import { filter, switchMap } from 'rxjs';
import { EventCard } from '../event-card/event-card';
import { groupByYear } from '../event-format';
import { EventFilters, EventFilterValue } from './event-filters';

export const EVENT_PAGE_SIZES = [20, 50, 100];

/** The evidence timeline: filterable, paginated, newest first; filters live in the URL so a view can be shared. */
@Component({
  selector: 'kem-events-page',
  imports: [EventCard, EventFilters, LoadStatus, MatButtonModule, MatPaginatorModule, RouterLink],
  templateUrl: './events-page.html',
  styleUrl: './events-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventsPage {
  private readonly api = inject(EvidenceApi);
  protected readonly router = inject(Router);
  private readonly confirm = confirmAction();

  // Query parameters, bound by the router (undefined when absent from the URL).
  readonly indicator = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly q = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly pageSizes = EVENT_PAGE_SIZES;
  readonly canEdit = hasRole('analyst');
  readonly list = urlPagedList<EventFilterValue, EventView>({
    filters: () => ({
      indicator: this.indicator() || undefined,
      from: this.from() || undefined,
      to: this.to() || undefined,
      q: textParam(this.q()),
      status: oneOfParam(EVENT_STATUSES, this.status()),
    }),
    page: this.page,
    pageSize: this.pageSize,
    pageSizes: EVENT_PAGE_SIZES,
    fetch: (query) => this.api.list(query),
  });

  readonly notice = signal<string | null>(null);
  private readonly indicatorsLoad = indicatorsLoader();
  /** Empty until they arrive, and if they cannot be loaded: the page works without their names. */
  readonly indicators = computed(() => this.indicatorsLoad.value() ?? []);
  readonly indicatorByKey = computed(() => new Map(this.indicators().map((i) => [i.key, i])));
  readonly groups = computed(() => groupByYear(this.list.value()?.items ?? []));

  onFilters(filters: EventFilterValue): void {
    this.notice.set(null);
    this.list.applyFilters(filters);
  }

  remove(event: EventView): void {
    this.confirm({
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
          this.list.reload();
        },
        error: (error: unknown) => this.notice.set(`“${event.title}” could not be deleted: ${errorMessage(error)}`),
      });
  }
}
