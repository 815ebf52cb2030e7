import { ChangeDetectionStrategy, Component, computed, inject, InjectionToken, input, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { IndexInterval } from '@kem/contracts';
import {
  autoInterval,
  ChartEvent,
  ContributionsChart,
  describeRange,
  downloadCsv,
  formatDay,
  IndexChart,
  INTERVAL_WORDS,
  parseRange,
  RangePicker,
  rangeDays,
  rangeQueryParams,
  RangeSelection,
  TODAY,
} from '@kem/dashboard-charts';
import { EvidenceApi, IndexApi, IndicatorsApi, indexComputing, loader, ProfilesApi } from '@kem/dashboard-core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { EMPTY, of, switchMap, timer } from 'rxjs';
import { Checklist } from '../checklist/checklist';
import { Headline } from '../headline/headline';
import { IndicatorScores } from '../indicator-scores/indicator-scores';
import { indexSeriesRows } from '../index-csv';
import { OverviewPrintStyles } from '../print-styles';
import { WhatChanged, WhatChangedWindow } from '../what-changed/what-changed';

/** Events below this severity are left off the index chart to keep it readable. */
export const MARKER_MIN_SEVERITY = 3;
/** The most events the API returns in one page; markers are drawn from one page. */
export const MARKER_PAGE_SIZE = 500;

const INTERVALS: readonly IndexInterval[] = ['day', 'week', 'month'];
/** While the index is being computed, the page asks again this often (ms) by itself. */
export const COMPUTING_RETRY_MS = new InjectionToken<number>('kem.computingRetryMs', { providedIn: 'root', factory: () => 15_000 });

/**
 * The home page: today's index and band, the index over a chosen range with its uncertainty and
 * events, what each indicator contributes, what changed and why, and the due-diligence checklist.
 * Profile, range, resolution and the "what changed" window live in the URL, so a view can be shared.
 */
@Component({
  selector: 'kem-overview-page',
  imports: [
    Checklist,
    ContributionsChart,
    Headline,
    IndexChart,
    IndicatorScores,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    OverviewPrintStyles,
    RangePicker,
    RouterLink,
    WhatChanged,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly indexApi = inject(IndexApi);
  private readonly evidenceApi = inject(EvidenceApi);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly profilesApi = inject(ProfilesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Query parameters, bound by the router (undefined when absent).
  readonly profile = input<string>();
  readonly range = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly interval = input<string>();
  readonly changes = input<string>();

  readonly today = inject(TODAY)();
  readonly minSeverity = MARKER_MIN_SEVERITY;
  private readonly retryMs = inject(COMPUTING_RETRY_MS);
  readonly retrySeconds = Math.round(this.retryMs / 1000);
  readonly selection = computed(() => parseRange({ range: this.range(), from: this.from(), to: this.to() }));
  readonly days = computed(() => rangeDays(this.selection(), this.today));
  readonly lastDay = computed(() => this.days().to ?? this.today);
  readonly chosenInterval = computed(() => {
    const value = this.interval() as IndexInterval | undefined;
    return value && INTERVALS.includes(value) ? value : null;
  });
  readonly seriesInterval = computed(() => this.chosenInterval() ?? autoInterval(this.days().from, this.lastDay()));
  readonly profileSlug = computed(() => this.profile() || undefined);
  readonly changesWindow = computed<WhatChangedWindow>(() => (this.changes() === 'range' ? 'range' : 'recent'));

  private readonly profilesLoader = loader(
    () => null,
    () => this.profilesApi.list(),
  );
  private readonly indicatorsLoader = loader(
    () => null,
    () => this.indicatorsApi.list(),
  );
  private readonly latestLoader = loader(
    () => this.profileSlug(),
    (profile) => this.indexApi.latest(profile),
  );
  private readonly seriesLoader = loader(
    () => ({ profile: this.profileSlug(), ...this.days(), interval: this.seriesInterval() }),
    (query) => this.indexApi.series(query),
  );
  private readonly eventsLoader = loader(
    () => this.days(),
    ({ from, to }) => this.evidenceApi.list({ status: 'published', from, to, pageSize: MARKER_PAGE_SIZE }),
  );
  private readonly explainLoader = loader(
    () => (this.changesWindow() === 'range' ? { profile: this.profileSlug(), ...this.days() } : { profile: this.profileSlug() }),
    (query) => this.indexApi.explain(query),
  );
  /** Only for the sentence explaining how the uncertainty band is made: one day is enough. */
  private readonly uncertaintyLoader = loader(
    () => ({ profile: this.profileSlug(), day: this.latestLoader.state().value?.date }),
    ({ profile, day }) => (day ? this.indexApi.uncertainty({ profile, from: day, to: day }) : of(null)),
  );

  readonly profiles = this.profilesLoader.state;
  readonly latest = this.latestLoader.state;
  readonly series = this.seriesLoader.state;
  readonly events = this.eventsLoader.state;
  readonly explanation = this.explainLoader.state;

  /** The index is being computed (after a start or a weight change) — not a database outage, which is also a 503. */
  readonly computing = computed(() => indexComputing(this.latest()) || indexComputing(this.series()));

  readonly indicatorNames = computed(() => new Map((this.indicatorsLoader.state().value ?? []).map((i) => [i.key, i.name])));
  readonly currentProfile = computed(() => {
    const slug = this.profileSlug() ?? 'default';
    return this.profiles().value?.find((p) => p.slug === slug) ?? null;
  });
  readonly profileName = computed(
    () => this.currentProfile()?.name ?? this.latest().value?.profile.name ?? this.series().value?.profile.name ?? '',
  );
  /** Indicators in stacking order: heaviest weight in the profile first (at the bottom of the stack). */
  readonly chartIndicators = computed(() => {
    const indicators = this.indicatorsLoader.state().value ?? [];
    const weights = this.currentProfile()?.activeVersion?.weights;
    const weight = (key: string, fallback: number) => weights?.[key] ?? fallback;
    return [...indicators]
      .sort((a, b) => weight(b.key, b.defaultWeight) - weight(a.key, a.defaultWeight))
      .map((i) => ({ key: i.key, name: i.name }));
  });
  readonly markers = computed<ChartEvent[]>(() =>
    (this.events().value?.items ?? [])
      .filter((e) => e.severity >= MARKER_MIN_SEVERITY)
      .map((e) => ({
        id: e.id,
        date: e.date,
        title: e.title,
        severity: e.severity,
        indicatorName: this.indicatorNames().get(e.indicatorKey) ?? e.indicatorKey,
        sourceName: e.sourceName,
        sourceUrl: e.sourceUrl,
      })),
  );
  readonly markersLabel = computed(() => `Events of severity ${MARKER_MIN_SEVERITY}+ (${this.markers().length})`);
  readonly markersCapped = computed(() => {
    const page = this.events().value;
    return page !== null && page.total > page.items.length;
  });
  readonly points = computed(() => this.series().value?.points ?? []);
  /** Why some days of the range have no index value (drawn as a gap, never as 0). */
  readonly noValueReason = computed(() => this.series().value?.noValueReason ?? null);
  readonly rangeWords = computed(() => {
    const points = this.points();
    if (points.length === 0) return describeRange(this.selection());
    return `${formatDay(points[0].date)} – ${formatDay(points[points.length - 1].date)}`;
  });
  readonly intervalWords = computed(() => INTERVAL_WORDS[this.seriesInterval()]);
  readonly uncertaintyMethod = computed(() => this.uncertaintyLoader.state().value?.method ?? null);

  private readonly indexChart = viewChild(IndexChart);
  private readonly contributionsChart = viewChild(ContributionsChart);

  constructor() {
    toObservable(this.computing)
      .pipe(
        switchMap((computing) => (computing ? timer(this.retryMs, this.retryMs) : EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.retryAll());
  }

  retryAll(): void {
    for (const l of [
      this.profilesLoader,
      this.indicatorsLoader,
      this.latestLoader,
      this.seriesLoader,
      this.eventsLoader,
      this.explainLoader,
    ]) {
      if (l.state().error) l.reload();
    }
  }

  retrySeries(): void {
    this.seriesLoader.reload();
  }

  retryLatest(): void {
    this.latestLoader.reload();
  }

  retryExplain(): void {
    this.explainLoader.reload();
  }

  setRange(selection: RangeSelection): void {
    this.go(rangeQueryParams(selection));
  }

  setProfile(slug: string): void {
    this.go({ profile: slug === 'default' ? null : slug });
  }

  setInterval(value: string): void {
    this.go({ interval: INTERVALS.includes(value as IndexInterval) ? value : null });
  }

  setChangesWindow(window: WhatChangedWindow): void {
    this.go({ changes: window === 'range' ? 'range' : null });
  }

  downloadCsv(): void {
    const points = this.points();
    if (points.length === 0) return;
    downloadCsv(indexSeriesRows(points, this.chartIndicators()), `${this.fileStem('index')}.csv`);
  }

  downloadIndexPng(): void {
    void this.indexChart()?.downloadPng(`${this.fileStem('index-chart')}.png`);
  }

  downloadContributionsPng(): void {
    void this.contributionsChart()?.downloadPng(`${this.fileStem('contributions-chart')}.png`);
  }

  print(): void {
    window.print();
  }

  /** kem-index-default-2025-11-25-to-2026-11-24-day */
  private fileStem(what: string): string {
    const points = this.points();
    const from = points[0]?.date ?? this.days().from;
    const to = points[points.length - 1]?.date ?? this.lastDay();
    return `kem-${what}-${this.profileSlug() ?? 'default'}-${from}-to-${to}-${this.seriesInterval()}`;
  }

  private go(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
