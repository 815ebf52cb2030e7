import { InvalidInputError } from '@kem/api-http';
import {
  IndexInterval,
  IndexSeriesView,
  IndexUncertaintyView,
  IndicatorSeriesView,
  LatestIndexView,
  ScoreHistoryView,
} from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { addDays, classifyBand, DEFAULT_BAND_SCALE, recommendActions } from '@kem/scoring';
import { HISTORY_START } from '../build/evidence-snapshot';
import { averageByPeriod } from './period-average';
import { ServedIndex, toPointView } from './served-index';

const CHANGE_WINDOWS = [7, 30, 90];


function checkRange(from?: string, to?: string): void {
  if (from && to && from > to) throw InvalidInputError.field('to', `must not be before from (${from})`);
}

@Injectable()
export class IndexReader {
  constructor(private readonly served: ServedIndex) {}

  async series(slug: string | undefined, from: string | undefined, to: string | undefined, interval: IndexInterval = 'day'): Promise<IndexSeriesView> {
    checkRange(from, to);
    const { profile, version, build } = await this.served.resolve(slug);
    const points = averageByPeriod((await this.served.points(version.id, from, to)).map(toPointView), interval);
    return {
      profile,
      interval,
      from: from ?? HISTORY_START,
      to: to ?? build.lastDay ?? HISTORY_START,
      computedAt: build.computedAt?.toISOString() ?? null,
      points,
    };
  }

  async latest(slug?: string): Promise<LatestIndexView> {
    const { profile, version, build } = await this.served.resolve(slug);
    const latest = await this.served.latestPoint(version.id);
    if (!latest) throw InvalidInputError.field('profile', `the index of "${profile.name}" has no data yet`);
    const changes = await Promise.all(
      CHANGE_WINDOWS.map(async (days) => {
        const then = await this.served.pointOnOrBefore(version.id, addDays(latest.date, -days));
        return { days, change: then && then.date === addDays(latest.date, -days) ? latest.value - then.value : null };
      }),
    );
    const monthAgo = await this.served.pointOnOrBefore(version.id, addDays(latest.date, -30));
    const topMovers = Object.keys({ ...latest.contributions, ...(monthAgo?.contributions ?? {}) })
      .map((key) => ({ indicatorKey: key, points: (latest.contributions[key] ?? 0) - (monthAgo?.contributions[key] ?? 0) }))
      .filter((m) => Math.abs(m.points) >= 0.05)
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
      .slice(0, 3);
    const recommendation = recommendActions(latest.value, latest.scores);
    const band = classifyBand(latest.value) ?? DEFAULT_BAND_SCALE[0];
    return {
      profile,
      date: latest.date,
      value: latest.value,
      band: band.key,
      bandLabel: band.label,
      lower: latest.lower,
      upper: latest.upper,
      changes,
      coverage: Object.keys(latest.contributions),
      topMovers,
      bandActions: (recommendation?.bandActions ?? []).map((a) => ({ id: a.id, text: a.text })),
      indicatorActions: (recommendation?.indicatorActions ?? []).map((i) => ({
        indicatorKey: i.indicatorKey,
        score: i.score,
        band: i.band,
        actions: i.actions.map((a) => ({ id: a.id, text: a.text })),
      })),
      computedAt: build.computedAt?.toISOString() ?? null,
    };
  }

  async uncertainty(slug?: string, from?: string, to?: string): Promise<IndexUncertaintyView> {
    checkRange(from, to);
    const { profile, version } = await this.served.resolve(slug);
    const points = (await this.served.points(version.id, from, to))
      .filter((p) => p.lower !== null && p.upper !== null)
      .map((p) => ({ date: p.date, value: p.value, lower: p.lower as number, upper: p.upper as number }));
    return {
      profile,
      method: 'Monte Carlo, 500 draws: weights drawn from a Dirichlet distribution around the chosen weights, each event severity shifted by ±1 at random; the band spans the 5th to 95th percentile.',
      points,
    };
  }

  /**
   * Every indicator's daily score in one compact table: the browser re-weights it with the scoring
   * library for a live preview, without a request per slider move.
   */
  async scoreHistory(keys: readonly string[], from?: string, to?: string): Promise<ScoreHistoryView> {
    checkRange(from, to);
    const { version, build } = await this.served.resolve('default');
    const points = await this.served.points(version.id, from, to);
    return {
      from: points[0]?.date ?? from ?? HISTORY_START,
      to: points.at(-1)?.date ?? to ?? build.lastDay ?? HISTORY_START,
      keys: [...keys],
      scores: keys.map((key) => points.map((p) => (p.scores[key] === undefined ? null : Math.round(p.scores[key] * 1e4) / 1e4))),
    };
  }

  /** An indicator's own daily score, the same under every profile (weights do not change scores). */
  async indicatorSeries(key: string, known: readonly string[], from?: string, to?: string): Promise<IndicatorSeriesView> {
    checkRange(from, to);
    if (!known.includes(key)) throw InvalidInputError.field('key', `unknown indicator "${key}"; known: ${known.join(', ')}`);
    const { version, build } = await this.served.resolve('default');
    const points = (await this.served.points(version.id, from, to))
      .filter((p) => p.scores[key] !== undefined)
      .map((p) => ({ date: p.date, score: p.scores[key] }));
    return { indicatorKey: key, from: from ?? HISTORY_START, to: to ?? build.lastDay ?? HISTORY_START, points };
  }
}
