import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EventView, IndicatorView } from '@kem/contracts';
import { errorMessage, EvidenceApi, IndicatorsApi, loader } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { EventCard } from '../event-card/event-card';

/** How many drafts are shown at a time; the next ones appear as these are decided. */
export const TRIAGE_PAGE_SIZE = 50;

type Decision = 'published' | 'rejected';

/** The analyst's queue of draft events (mostly connector output): publish, reject or edit each one. */
@Component({
  selector: 'kem-triage-page',
  imports: [EventCard, LoadStatus, MatButtonModule, RouterLink],
  templateUrl: './triage-page.html',
  styleUrl: './triage-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TriagePage {
  private readonly api = inject(EvidenceApi);

  readonly list = loader(
    () => null,
    () => this.api.list({ status: 'draft', sort: 'asc', page: 1, pageSize: TRIAGE_PAGE_SIZE }),
  );
  readonly drafts = computed(() => this.list.value()?.items ?? []);
  readonly total = computed(() => this.list.value()?.total ?? 0);
  readonly notice = signal<string | null>(null);
  /** Drafts with a decision on its way to the server. */
  readonly pending = signal<ReadonlySet<number>>(new Set());
  /** Why a decision failed, by event id. */
  readonly failures = signal<ReadonlyMap<number, string>>(new Map());
  readonly indicators = signal<IndicatorView[]>([]);
  readonly indicatorByKey = computed(() => new Map(this.indicators().map((i) => [i.key, i])));

  constructor() {
    inject(IndicatorsApi)
      .list()
      .subscribe({ next: (list) => this.indicators.set(list), error: () => this.indicators.set([]) });
  }

  publish(event: EventView): void {
    this.decide(event, 'published');
  }

  reject(event: EventView): void {
    this.decide(event, 'rejected');
  }

  private decide(event: EventView, status: Decision): void {
    if (this.pending().has(event.id)) return;
    this.pending.update((ids) => new Set(ids).add(event.id));
    this.failures.update((map) => withoutKey(map, event.id));
    this.api.update(event.id, { status }).subscribe({
      next: () => {
        this.settle(event.id);
        this.list.update((page) => ({ ...page, items: page.items.filter((e) => e.id !== event.id), total: Math.max(0, page.total - 1) }));
        this.notice.set(`${status === 'published' ? 'Published' : 'Rejected'} “${event.title}”.`);
        if (this.drafts().length === 0 && this.total() > 0) this.list.reload();
      },
      error: (error: unknown) => {
        this.settle(event.id);
        this.failures.update((map) => new Map(map).set(event.id, errorMessage(error)));
      },
    });
  }

  private settle(id: number): void {
    this.pending.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }
}

function withoutKey<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}
