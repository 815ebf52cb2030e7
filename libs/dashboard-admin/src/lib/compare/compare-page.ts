import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { IndexSeriesView, ProfileView } from '@kem/contracts';
import { LineChart, TODAY } from '@kem/dashboard-charts';
import { IndexApi, loader, profilesLoader, queryNavigation } from '@kem/dashboard-core';
import { LoadStatus, TableHead } from '@kem/dashboard-ui';
import { forkJoin, Observable, of, tap } from 'rxjs';
import { formatDay } from '../shared/format';
import { chosenProfiles, compareLines, compareRows, MAX_PROFILES, MIN_PROFILES, periodStart, PERIODS } from './compare-model';

/** The index under two to five profiles on one chart (weekly averages), with each one's latest value and high. */
@Component({
  selector: 'kem-compare-page',
  imports: [DecimalPipe, LineChart, LoadStatus, MatCheckboxModule, MatFormFieldModule, MatSelectModule, TableHead],
  templateUrl: './compare-page.html',
  styleUrl: './compare-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparePage {
  private readonly indexApi = inject(IndexApi);
  private readonly navigateQuery = queryNavigation();

  /** Query parameters: comma-separated profile slugs, and the period key. */
  readonly profiles = input<string>();
  readonly period = input<string>();

  readonly periods = PERIODS;
  readonly max = MAX_PROFILES;
  readonly columns = ['Profile', { label: 'Latest', numeric: true }, 'Band', { label: 'Highest', numeric: true }];
  private readonly today = inject(TODAY);
  readonly profileList = profilesLoader();
  readonly available = computed<ProfileView[]>(() => this.profileList.value() ?? []);
  readonly chosen = computed(() => chosenProfiles(this.profiles(), this.available()));
  readonly periodKey = computed(() => (PERIODS.some((p) => p.key === this.period()) ? (this.period() as string) : 'all'));
  /** Each chosen profile's weekly series; nothing to load until two are chosen. */
  readonly seriesList = loader(
    () => ({ slugs: this.chosen(), from: periodStart(this.periodKey(), this.today()) }),
    ({ slugs, from }) => (slugs.length < MIN_PROFILES ? null : forkJoin(slugs.map((slug) => this.fetch(slug, from)))),
  );
  readonly series = computed(() => this.seriesList.value() ?? []);
  readonly lines = computed(() => compareLines(this.series()));
  readonly rows = computed(() => compareRows(this.series()));
  readonly chartLabel = computed(
    () =>
      `Exposure index, weekly averages, under ${this.rows()
        .map((r) => `${r.name} (latest ${r.latest?.toFixed(1) ?? 'none'})`)
        .join(', ')}.`,
  );
  private readonly cache = new Map<string, IndexSeriesView>();

  toggle(slug: string, checked: boolean): void {
    const current = this.chosen();
    const next = checked ? [...current, slug] : current.filter((s) => s !== slug);
    this.navigateQuery({ profiles: next.join(',') });
  }

  choosePeriod(key: string): void {
    this.navigateQuery({ period: key === 'all' ? null : key });
  }

  protected day(day: string | null): string {
    return day ? formatDay(day) : '–';
  }

  private fetch(slug: string, from: string | undefined): Observable<IndexSeriesView> {
    const key = `${slug}|${from ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) return of(cached);
    return this.indexApi.series({ profile: slug, from, interval: 'week' }).pipe(tap((series) => this.cache.set(key, series)));
  }
}
