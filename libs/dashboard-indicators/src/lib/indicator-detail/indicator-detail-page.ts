import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { EventView, ObservationView } from '@kem/contracts';
import { FreshnessBadge, LifecycleBadge, LoadStatus, noNewEvidenceText } from '@kem/dashboard-ui';
import {
  BandBadge,
  BandScaleBar,
  bandOf,
  ChartEvent,
  downloadCsv,
  formatDay,
  formatShare,
  formatSigned,
  parseRange,
  RangePicker,
  rangeDays,
  rangeQueryParams,
  RangeSelection,
  ScoreChart,
  severityText,
  TODAY,
} from '@kem/dashboard-charts';
import { EvidenceApi, IndexApi, indicatorsLoader, loader, methodologyLoader, ObservationsApi, queryNavigation } from '@kem/dashboard-core';
import { addDays, scoredSeries } from '@kem/scoring';
import { eventShares } from './event-shares';
import { explainMethod } from './method-explanation';
import { structuralSeriesRows } from './structural-series';

/** An indicator's page opens on its whole history: events are sparse and years apart. */
export const INDICATOR_DEFAULT_RANGE: RangeSelection = { kind: 'preset', preset: 'all' };
/** Events listed before "Show all". */
export const EVENTS_SHOWN = 10;
const EVENTS_PAGE_SIZE = 500;

interface EventRow {
  event: EventView;
  when: string;
  severity: string;
  stage: string | null;
  share: number | null;
  shareText: string;
  /** Follow-ups under a family's first event (one level). */
  followUps: EventRow[];
}

/** One indicator: what it measures, its score over time and today, how it is scored, and the evidence behind it with each event's share. */
@Component({
  selector: 'kem-indicator-detail-page',
  imports: [
    BandBadge,
    BandScaleBar,
    FreshnessBadge,
    LifecycleBadge,
    LoadStatus,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    RangePicker,
    RouterLink,
    ScoreChart,
  ],
  templateUrl: './indicator-detail-page.html',
  styleUrl: './indicator-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorDetailPage {
  private readonly indexApi = inject(IndexApi);
  private readonly evidenceApi = inject(EvidenceApi);
  private readonly observationsApi = inject(ObservationsApi);
  private readonly navigateQuery = queryNavigation();

  /** Route parameter and query parameters, bound by the router. */
  readonly key = input.required<string>();
  readonly range = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  readonly today = inject(TODAY)();
  readonly selection = computed(() => parseRange({ range: this.range(), from: this.from(), to: this.to() }, INDICATOR_DEFAULT_RANGE));
  readonly days = computed(() => rangeDays(this.selection(), this.today));
  readonly lastDay = computed(() => this.days().to ?? this.today);

  private readonly indicatorsLoad = indicatorsLoader();
  private readonly seriesLoad = loader(
    () => this.key(),
    (key) => this.indexApi.indicatorSeries(key),
  );
  private readonly eventsLoad = loader(
    () => this.key(),
    (indicator) => this.evidenceApi.list({ indicator, status: 'published', pageSize: EVENTS_PAGE_SIZE }),
  );
  private readonly observationsLoad = loader(
    () => this.key(),
    (key) => this.observationsApi.list(key),
  );

  /** The baseline spec of this indicator (series, goalposts, expected vintage) comes with the methodology. */
  private readonly methodologyLoad = methodologyLoader();

  readonly indicators = this.indicatorsLoad.state;
  readonly series = this.seriesLoad.state;
  readonly events = this.eventsLoad.state;
  readonly observations = this.observationsLoad.state;

  readonly indicator = computed(() => this.indicators().value?.find((i) => i.key === this.key()) ?? null);
  readonly notFound = computed(
    () => (this.indicators().value !== null && this.indicator() === null) || (this.series().status === 400 && !this.indicator()),
  );
  readonly weightShare = computed(() => {
    const all = this.indicators().value ?? [];
    const total = all.reduce((sum, i) => sum + i.defaultWeight, 0);
    const mine = this.indicator()?.defaultWeight ?? 0;
    return total > 0 ? formatShare(mine / total) : '–';
  });
  readonly method = computed(() => {
    const indicator = this.indicator();
    return indicator ? explainMethod(indicator.method) : null;
  });

  readonly allPoints = computed(() => this.series().value?.points ?? []);
  readonly points = computed(() => {
    const { from } = this.days();
    const to = this.lastDay();
    return this.allPoints().filter((p) => p.date >= from && p.date <= to);
  });
  readonly current = computed(() => {
    const points = this.allPoints();
    const last = points[points.length - 1];
    if (!last) return null;
    const monthAgo = addDays(last.date, -30);
    const then = points.find((p) => p.date === monthAgo);
    const band = bandOf(last.score);
    return {
      date: last.date,
      dateText: formatDay(last.date, true),
      score: last.score,
      band: band?.key ?? 'low',
      bandLabel: band?.label ?? '',
      change: then ? `${formatSigned(last.score - then.score, 1)} in 30 days` : null,
      /** Structural baseline part and the part events add on top (method 2). */
      baseline: last.baseline,
      eventPart: last.baseline === null ? null : Math.max(0, last.score - last.baseline),
    };
  });
  /** Evidence freshness on the last day served. */
  readonly freshness = computed(() => this.series().value?.freshness ?? null);
  readonly noNewEvidence = computed(() => {
    const text = noNewEvidenceText(this.freshness()?.daysSinceEvidence);
    return text ? text[0].toUpperCase() + text.slice(1) : null;
  });
  /** The structural series behind the baseline, with their latest period and vintage. */
  readonly baselineSpec = computed(() => this.methodologyLoad.value()?.indicators.find((i) => i.key === this.key())?.baseline ?? null);
  readonly structuralSeries = computed(() => {
    const spec = this.baselineSpec();
    return spec ? structuralSeriesRows(spec, this.observations().value?.items ?? [], this.today) : [];
  });

  readonly breakdown = computed(() => {
    const indicator = this.indicator();
    const current = this.current();
    const page = this.events().value;
    if (!indicator || !current || !page || page.total > page.items.length) return null;
    return eventShares(indicator, page.items, current.date);
  });
  readonly eventRows = computed<EventRow[]>(() => {
    const breakdown = this.breakdown();
    const method = this.indicator()?.method;
    const items = this.events().value?.items ?? [];
    const row = (event: EventView): EventRow => {
      const share = breakdown ? (breakdown.byEvent.get(event.id)?.share ?? 0) : null;
      const head = breakdown?.familyOf.get(event.id);
      const stage =
        event.stage && method?.kind === 'stage' ? (method.stages.find((s) => s.key === event.stage)?.label ?? event.stage) : event.stage;
      return {
        event,
        when: event.endDate ? `${formatDay(event.date)} – ${formatDay(event.endDate)}` : formatDay(event.date),
        severity: severityText(event.severity),
        stage,
        share: head === undefined ? share : null,
        shareText:
          head !== undefined
            ? 'counts once, in its family'
            : share === null
              ? ''
              : share === 0
                ? 'no part today'
                : `${formatShare(share)} of today’s event part`,
        followUps: [],
      };
    };
    // Families: a follow-up is listed under its parent (one level); a follow-up whose parent is not listed stands alone.
    const ids = new Set(items.map((e) => e.id));
    const heads = items.filter((e) => e.parentId === null || !ids.has(e.parentId)).map(row);
    const byId = new Map(heads.map((h) => [h.event.id, h]));
    for (const e of [...items].filter((e) => e.parentId !== null && ids.has(e.parentId)).sort((a, b) => a.date.localeCompare(b.date))) {
      byId.get(e.parentId as number)?.followUps.push(row(e));
    }
    return heads;
  });
  readonly showAllEvents = signal(false);
  readonly shownEvents = computed(() => (this.showAllEvents() ? this.eventRows() : this.eventRows().slice(0, EVENTS_SHOWN)));
  readonly eventsCapped = computed(() => {
    const page = this.events().value;
    return page !== null && page.total > page.items.length;
  });
  readonly chartEvents = computed<ChartEvent[]>(() => {
    const { from } = this.days();
    const to = this.lastDay();
    return (this.events().value?.items ?? [])
      .filter((e) => e.date >= from && e.date <= to)
      .map((e) => ({ id: e.id, date: e.date, title: e.title, severity: e.severity, sourceName: e.sourceName, sourceUrl: e.sourceUrl }));
  });

  readonly isMetric = computed(() => this.indicator()?.method.kind === 'metric');
  readonly scoredSeries = computed(() => {
    const indicator = this.indicator();
    return indicator ? scoredSeries(indicator) : null;
  });
  readonly observationRows = computed(() => {
    const scored = this.scoredSeries();
    return [...(this.observations().value?.items ?? [])].sort(
      (a, b) =>
        Number(b.series === scored) - Number(a.series === scored) || a.series.localeCompare(b.series) || b.date.localeCompare(a.date),
    );
  });
  readonly latestObservation = computed<ObservationView | null>(() => {
    const scored = this.scoredSeries();
    const rows = this.observationRows().filter((o) => o.series === scored);
    return rows[0] ?? null;
  });

  private readonly scoreChart = viewChild(ScoreChart);

  retry(): void {
    for (const load of [this.indicatorsLoad, this.seriesLoad, this.eventsLoad, this.observationsLoad, this.methodologyLoad])
      if (load.state().error) load.reload();
  }

  setRange(selection: RangeSelection): void {
    this.navigateQuery(rangeQueryParams(selection, INDICATOR_DEFAULT_RANGE));
  }

  downloadCsv(): void {
    const points = this.points();
    if (points.length === 0) return;
    const rows = [
      ['date', 'score', 'baseline', 'band', 'freshness'],
      ...points.map((p) => [p.date, p.score, p.baseline, bandOf(p.score)?.label ?? '', p.state]),
    ];
    downloadCsv(rows, `${this.fileStem()}.csv`);
  }

  downloadPng(): void {
    void this.scoreChart()?.downloadPng(`${this.fileStem()}.png`);
  }

  protected day(day: string): string {
    return formatDay(day);
  }

  private fileStem(): string {
    const points = this.points();
    return `kem-score-${this.key()}-${points[0]?.date ?? this.days().from}-to-${points[points.length - 1]?.date ?? this.lastDay()}`;
  }
}
