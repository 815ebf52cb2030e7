import { InvalidInputError } from '@kem/api-http';
import {
  IndexInterval,
  IndexSeriesView,
  IndexUncertaintyView,
  IndicatorSeriesView,
  LatestIndexView,
  MethodVersionView,
  ScoreHistoryView,
} from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { addDays, parseDay } from '@kem/scoring';
import { HISTORY_START } from '../build/evidence-snapshot';
import { UNCERTAINTY_METHOD } from '../build/index-builder.service';
import { freshnessView, indicatorFreshness, noValueReason, pointView, type IndexFrame } from './freshness-views';
import { IndexFrames } from './index-frames';
import { summariseLatest, type ActionRanker } from './index-summary';
import { averageByPeriod } from './period-average';
import { ServedIndex, ServedVersion } from './served-index';

const CHANGE_WINDOWS = [7, 30, 90];

function checkRange(from?: string, to?: string): void {
  if (from && to && from > to) throw InvalidInputError.field('to', `must not be before from (${from})`);
}

/** The 5–95 % band of one day. */
export interface DayBand {
  lower: number | null;
  upper: number | null;
}

export interface ReadOptions {
  method?: MethodVersionView;
  asOf?: string | null;
  anonymous?: boolean;
}

@Injectable()
export class IndexReader {
  constructor(
    private readonly served: ServedIndex,
    private readonly frames: IndexFrames,
  ) {}

  /** The served version of a profile and its frame (method 2, as known today, unless options say otherwise). */
  async frameFor(slug: string | undefined, options: ReadOptions = {}): Promise<{ served: ServedVersion; frame: IndexFrame }> {
    const served = await this.served.resolve(slug);
    const frame = await this.frames.frame(served, options.method ?? 2, options.asOf ?? null, options.anonymous ?? false);
    return { served, frame };
  }

  /** Day indices t0..t1 of from..to within the frame (clipped to it). */
  private window(frame: IndexFrame, from?: string, to?: string): { t0: number; t1: number } {
    const start = parseDay(frame.scores.from);
    const last = frame.scores.days - 1;
    return {
      t0: from ? Math.max(0, parseDay(from) - start) : 0,
      t1: to ? Math.min(last, parseDay(to) - start) : last,
    };
  }

  async series(
    slug: string | undefined,
    from: string | undefined,
    to: string | undefined,
    interval: IndexInterval = 'day',
    options: ReadOptions = {},
  ): Promise<IndexSeriesView> {
    checkRange(from, to);
    if (options.asOf && from && from > options.asOf) throw InvalidInputError.field('from', `must not be after asOf (${options.asOf})`);
    const { served, frame } = await this.frameFor(slug, options);
    const { t0, t1 } = this.window(frame, from, to);
    const materialised = frame.method === 2 && frame.asOf === null;
    const band =
      materialised && t1 >= t0 ? await this.frames.band(served, addDays(frame.scores.from, t0), addDays(frame.scores.from, t1)) : null;
    return this.seriesOf(served, frame, from, to, interval, band);
  }

  /** The series of a frame (the profile's, or a company's built on it) over from..to, with its 5–95 % band by day (null: none). */
  seriesOf(
    served: ServedVersion,
    frame: IndexFrame,
    from: string | undefined,
    to: string | undefined,
    interval: IndexInterval,
    band: ReadonlyMap<string, DayBand> | null,
  ): IndexSeriesView {
    const { t0, t1 } = this.window(frame, from, to);
    const daily = [];
    let reason: string | null = null;
    for (let t = t0; t <= t1; t++) {
      const point = pointView(frame, t, band?.get(addDays(frame.scores.from, t)));
      if (point.value === null) reason ??= noValueReason(frame, t);
      daily.push(point);
    }
    const last = Math.max(0, Math.min(t1, frame.scores.days - 1));
    return {
      profile: served.profile,
      method: frame.method,
      asOf: frame.asOf,
      interval,
      from: from ?? HISTORY_START,
      to: to && to < frame.scores.to ? to : frame.scores.to,
      computedAt: served.build.computedAt?.toISOString() ?? null,
      points: averageByPeriod(daily, interval),
      freshness: freshnessView(frame, last),
      noValueReason: reason,
    };
  }

  async latest(slug?: string, options: ReadOptions = {}): Promise<LatestIndexView> {
    const { served, frame } = await this.frameFor(slug, options);
    const date = frame.scores.to;
    const materialised = frame.method === 2 && frame.asOf === null;
    const bounds = materialised ? (await this.frames.band(served, date, date)).get(date) : undefined;
    return this.latestOf(served, frame, bounds);
  }

  /** The latest day of a frame with its 5–95 % band; `actions` ranks the due-diligence actions (a footprint's; the country's by default). */
  latestOf(served: ServedVersion, frame: IndexFrame, bounds: DayBand | undefined, actions?: ActionRanker): LatestIndexView {
    const summary = summariseLatest(frame, { changeWindows: CHANGE_WINDOWS, moverWindow: 30, actions });
    const { date, value, band } = summary;
    if (value === null) bounds = undefined;
    return {
      profile: served.profile,
      method: frame.method,
      asOf: frame.asOf,
      date,
      value,
      band: band?.key ?? null,
      bandLabel: band?.label ?? null,
      reason: summary.reason,
      lower: bounds?.lower ?? null,
      upper: bounds?.upper ?? null,
      changes: summary.changes,
      coverage: summary.freshness.coverage.inComposite,
      freshness: summary.freshness,
      scores: summary.scores,
      topMovers: summary.movers,
      bandActions: summary.actions.bandActions,
      indicatorActions: summary.actions.indicatorActions,
      computedAt: served.build.computedAt?.toISOString() ?? null,
    };
  }

  async uncertainty(slug?: string, from?: string, to?: string): Promise<IndexUncertaintyView> {
    checkRange(from, to);
    const { profile, version } = await this.served.resolve(slug);
    const points = (await this.served.points(version.id, from, to))
      .filter((p) => p.value !== null && p.lower !== null && p.upper !== null)
      .map((p) => ({ date: p.date, value: p.value as number, lower: p.lower as number, upper: p.upper as number }));
    return { profile, method: UNCERTAINTY_METHOD, points };
  }

  /**
   * Every indicator's daily score in one compact table — the stored scores every profile version
   * uses: the browser re-weights it with the scoring library for a live preview. Null where an
   * indicator has no data or is unmonitored (left out of the composite).
   */
  async scoreHistory(from?: string, to?: string, method: MethodVersionView = 2): Promise<ScoreHistoryView> {
    checkRange(from, to);
    const { served, frame } = await this.frameFor('default', { method });
    const { t0, t1 } = this.window(frame, from, to);
    const series = frame.scores.history.series;
    return {
      method: frame.method,
      peakChannel: IndexFrames.aggregation(served, frame.method).peakChannel ?? 0,
      from: addDays(frame.scores.from, t0),
      to: addDays(frame.scores.from, Math.max(t0, t1)),
      keys: [...frame.scores.keys],
      scores: series.map((s) => {
        const row: (number | null)[] = [];
        for (let t = t0; t <= t1; t++) row.push(Number.isNaN(s.values[t]) ? null : Math.round(s.values[t] * 1e4) / 1e4);
        return row;
      }),
    };
  }

  /** An indicator's own daily score, the same under every profile (weights do not change scores). */
  async indicatorSeries(key: string, from?: string, to?: string, method: MethodVersionView = 2): Promise<IndicatorSeriesView> {
    checkRange(from, to);
    const { frame } = await this.frameFor('default', { method });
    const i = frame.scores.keys.indexOf(key);
    if (i < 0) throw InvalidInputError.field('key', `unknown indicator "${key}"; known: ${frame.scores.keys.join(', ')}`);
    const { t0, t1 } = this.window(frame, from, to);
    const points = [];
    const score = frame.scores.score[i];
    const states = ['fresh', 'stale', 'unmonitored'] as const;
    for (let t = t0; t <= t1; t++) {
      if (Number.isNaN(score[t])) continue;
      points.push({
        date: addDays(frame.scores.from, t),
        score: score[t],
        baseline: frame.scores.v2 ? Math.round(frame.scores.v2.baseline[i][t] * 1e4) / 1e4 : null,
        state: frame.scores.v2 ? states[frame.scores.v2.freshness[i][t]] : ('fresh' as const),
      });
    }
    const last = Math.max(0, Math.min(t1, frame.scores.days - 1));
    return {
      indicatorKey: key,
      method: frame.method,
      from: from ?? HISTORY_START,
      to: to && to < frame.scores.to ? to : frame.scores.to,
      points,
      freshness: indicatorFreshness(frame, i, last),
    };
  }
}
