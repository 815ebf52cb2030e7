import { ChangeDetectionStrategy, Component, computed, effect, inject, InjectionToken, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { IndexInterval, IndexSeriesView, LatestIndexView } from '@kem/contracts';
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
import {
  EvidenceApi,
  ExposureApi,
  IndexApi,
  indexComputing,
  indicatorNames,
  indicatorsLoader,
  Loadable,
  loader,
  profilesLoader,
  serviceUnavailable,
  SessionStore,
} from '@kem/dashboard-core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { EMPTY, switchMap, timer } from 'rxjs';
import { afterNextPaint } from '../after-paint';
import { Checklist } from '../checklist/checklist';
import { Headline } from '../headline/headline';
import { IndicatorScores } from '../indicator-scores/indicator-scores';
import { indexSeriesRows } from '../index-csv';
import { OverviewPrintStyles } from '../print-styles';
import { ViewSwitch } from '../view-switch/view-switch';
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
 * A signed-in user can switch to their company's index (?view=company&footprint=ID): the same
 * headline, band, freshness, uncertainty, attribution and what-changed, with the actions ranked for
 * that footprint and the reason it differs from the country's.
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
    ViewSwitch,
    WhatChanged,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly indexApi = inject(IndexApi);
  private readonly evidenceApi = inject(EvidenceApi);
  private readonly exposureApi = inject(ExposureApi);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Query parameters, bound by the router (undefined when absent).
  readonly profile = input<string>();
  readonly range = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly interval = input<string>();
  readonly changes = input<string>();
  readonly view = input<string>();
  readonly footprint = input<string>();

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

  private readonly profilesLoad = profilesLoader();
  private readonly indicatorsLoad = indicatorsLoader();
  /**
   * The sections under the index card (indicator scores, what changed, checklist, contributions) render
   * once the index card has its data (or its error) and has been painted, so they never delay the chart.
   */
  readonly belowFold = signal(false);
  /** Whether the sign-in check has answered (the company view waits for it; the country view does not). */
  private readonly sessionKnown = signal(false);
  /** The signed-in user's footprints (none for an anonymous visitor). */
  private readonly footprintsLoader = loader(
    () => this.session.signedIn(),
    (signedIn) => (signedIn ? this.exposureApi.footprints() : null),
  );
  readonly footprints = computed(() => this.footprintsLoader.value()?.items ?? []);
  readonly companyAsked = computed(() => this.view() === 'company');
  /** The footprint whose index is shown: the one in the URL, else the newest; null for the country view. */
  readonly companyId = computed((): number | null | undefined => {
    if (!this.companyAsked()) return null;
    if (!this.sessionKnown() || (this.session.signedIn() && this.footprintsLoader.loading())) return undefined;
    const list = this.footprints();
    const asked = Number(this.footprint());
    return (list.find((f) => f.id === asked) ?? list[0])?.id ?? null;
  });
  readonly companyView = computed(() => typeof this.companyId() === 'number');
  /** Today's value and the range in one request: the country's, or the company's in the company view. */
  private readonly overviewLoader = loader(
    () => ({ company: this.companyId(), profile: this.profileSlug(), ...this.days(), interval: this.seriesInterval() }),
    ({ company, ...query }) =>
      company === undefined ? null : company === null ? this.indexApi.overview(query) : this.exposureApi.overview(company, query),
  );
  private readonly eventsLoader = loader(
    () => this.days(),
    ({ from, to }) => this.evidenceApi.list({ status: 'published', from, to, pageSize: MARKER_PAGE_SIZE }),
  );
  /** What changed is shown below the fold: asked for once the index card has been painted (see `belowFold`). */
  private readonly explainLoader = loader(
    () => ({
      company: this.belowFold() ? this.companyId() : undefined,
      profile: this.profileSlug(),
      ...(this.changesWindow() === 'range' ? this.days() : {}),
    }),
    ({ company, ...query }) =>
      company === undefined ? null : company === null ? this.indexApi.explain(query) : this.exposureApi.explain(company, query),
  );

  readonly profiles = this.profilesLoad.state;
  /** The overview's state, still loading while the company view waits for the sign-in check and the footprints. */
  private readonly overview = computed(() => {
    const state = this.overviewLoader.state();
    return this.companyId() === undefined ? { ...state, loading: true } : state;
  });
  readonly latest = computed((): Loadable<LatestIndexView> => ({ ...this.overview(), value: this.overview().value?.latest ?? null }));
  readonly series = computed((): Loadable<IndexSeriesView> => ({ ...this.overview(), value: this.overview().value?.series ?? null }));
  /** The company beside the country (company view only). */
  readonly company = computed(() => this.overviewLoader.value()?.company ?? null);
  readonly events = this.eventsLoader.state;
  readonly explanation = this.explainLoader.state;

  /** The index is being computed (after a start or a weight change) — not a database outage, which is also a 503. */
  readonly computing = computed(() => indexComputing(this.overview()));
  /** The API cannot reach its database: one notice for the page, not a failure in every card. */
  readonly unavailable = computed(() => serviceUnavailable(this.overview()));

  readonly indicatorNames = computed(() => indicatorNames(this.indicatorsLoad.value()));
  readonly currentProfile = computed(() => {
    const slug = this.profileSlug() ?? 'default';
    return this.profiles().value?.find((p) => p.slug === slug) ?? null;
  });
  readonly profileName = computed(
    () => this.currentProfile()?.name ?? this.latest().value?.profile.name ?? this.series().value?.profile.name ?? '',
  );
  /** Indicators in stacking order: heaviest weight in the profile first (at the bottom of the stack). */
  readonly chartIndicators = computed(() => {
    const indicators = this.indicatorsLoad.state().value ?? [];
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
  readonly uncertaintyMethod = computed(() => this.overviewLoader.value()?.uncertaintyMethod ?? null);

  private readonly indexChart = viewChild(IndexChart);
  private readonly contributionsChart = viewChild(ContributionsChart);

  constructor() {
    toObservable(this.computing)
      .pipe(
        switchMap((computing) => (computing ? timer(this.retryMs, this.retryMs) : EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.retryAll());
    this.session
      .ensureChecked()
      .catch(() => null)
      .finally(() => this.sessionKnown.set(true));
    const whenPainted = afterNextPaint();
    let asked = false;
    effect(() => {
      if (asked || this.series().loading) return;
      asked = true;
      whenPainted(() => this.belowFold.set(true));
    });
  }

  /** Country or company view; the company view keeps the footprint shown in the URL. */
  setView(company: boolean): void {
    const list = this.footprints();
    const chosen = list.find((f) => f.id === Number(this.footprint())) ?? list[0];
    this.go(company ? { view: 'company', footprint: chosen ? String(chosen.id) : null } : { view: null, footprint: null });
  }

  setFootprint(id: number): void {
    this.go({ view: 'company', footprint: String(id) });
  }

  retryAll(): void {
    for (const l of [
      this.profilesLoad,
      this.indicatorsLoad,
      this.footprintsLoader,
      this.overviewLoader,
      this.eventsLoader,
      this.explainLoader,
    ]) {
      if (l.state().error) l.reload();
    }
  }

  retryOverview(): void {
    this.overviewLoader.reload();
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
    const whose = this.companyView() ? `company-${this.companyId()}` : (this.profileSlug() ?? 'default');
    return `kem-${what}-${whose}-${from}-to-${to}-${this.seriesInterval()}`;
  }

  private go(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
