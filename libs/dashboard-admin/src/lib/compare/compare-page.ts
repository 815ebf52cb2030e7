import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { IndexSeriesView, ProfileView } from '@kem/contracts';
import { LineChart } from '@kem/dashboard-charts';
import { errorMessage, IndexApi, ProfilesApi } from '@kem/dashboard-core';
import { catchError, forkJoin, map, Observable, of, switchMap, tap } from 'rxjs';
import { formatDay } from '../shared/format';
import { chosenProfiles, compareLines, compareRows, MAX_PROFILES, MIN_PROFILES, periodStart, PERIODS } from './compare-model';

type Loaded = { series: IndexSeriesView[] } | { error: string } | null;

/** The index under two to five profiles on one chart (weekly averages), with each one's latest value and high. */
@Component({
  selector: 'kem-compare-page',
  imports: [
    LineChart,
    DecimalPipe,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  templateUrl: './compare-page.html',
  styleUrl: './compare-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparePage {
  private readonly api = inject(ProfilesApi);
  private readonly indexApi = inject(IndexApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameters: comma-separated profile slugs, and the period key. */
  readonly profiles = input<string>();
  readonly period = input<string>();

  readonly periods = PERIODS;
  readonly max = MAX_PROFILES;
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly available = signal<ProfileView[]>([]);
  readonly chosen = computed(() => chosenProfiles(this.profiles(), this.available()));
  readonly periodKey = computed(() => (PERIODS.some((p) => p.key === this.period()) ? (this.period() as string) : 'all'));
  readonly seriesLoading = signal(false);
  readonly result = signal<Loaded>(null);
  readonly series = computed(() => {
    const r = this.result();
    return r && 'series' in r ? r.series : [];
  });
  readonly lines = computed(() => compareLines(this.series()));
  readonly rows = computed(() => compareRows(this.series()));
  readonly chartLabel = computed(
    () =>
      `Exposure index, weekly averages, under ${this.rows()
        .map((r) => `${r.name} (latest ${r.latest?.toFixed(1) ?? 'none'})`)
        .join(', ')}.`,
  );
  private readonly cache = new Map<string, IndexSeriesView>();
  private readonly attempt = signal(0);

  constructor() {
    this.load();
    const request = computed(() => ({
      slugs: this.chosen(),
      from: periodStart(this.periodKey(), new Date().toISOString().slice(0, 10)),
      attempt: this.attempt(),
    }));
    toObservable(request)
      .pipe(
        switchMap(({ slugs, from }) => {
          if (slugs.length < MIN_PROFILES) return of<Loaded>(null);
          this.seriesLoading.set(true);
          return forkJoin(slugs.map((slug) => this.fetch(slug, from))).pipe(
            map((series): Loaded => ({ series })),
            catchError((error: unknown) => of<Loaded>({ error: errorMessage(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.seriesLoading.set(false);
        this.result.set(result);
      });
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.list().subscribe({
      next: (profiles) => {
        this.available.set(profiles);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  toggle(slug: string, checked: boolean): void {
    const current = this.chosen();
    const next = checked ? [...current, slug] : current.filter((s) => s !== slug);
    this.go({ profiles: next.join(',') });
  }

  choosePeriod(key: string): void {
    this.go({ period: key === 'all' ? null : key });
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

  private go(params: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, queryParamsHandling: 'merge' });
  }
}
