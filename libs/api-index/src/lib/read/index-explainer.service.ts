import { EventEntity } from '@kem/api-data';
import { InvalidInputError } from '@kem/api-http';
import { ChangeDriverView, ChangePartsView, DriverEvidenceView, IndexExplanationView, IndicatorChangeView } from '@kem/contracts';
import { CLOCK, Clock } from '@kem/api-config';
import { Inject, Injectable } from '@nestjs/common';
import { addDays, explainIndexChangeV2, explainScoreV2, FRESHNESS_STATES, parseDay, type ScoredHistoryV2 } from '@kem/scoring';
import { DataSource, In } from 'typeorm';
import { HISTORY_START } from '../build/evidence-snapshot';
import { frameIndex, freshnessView, noValueReason, type IndexFrame } from './freshness-views';
import { IndexFrames } from './index-frames';
import { ServedIndex, ServedVersion } from './served-index';

const DRIVERS_PER_INDICATOR = 5;
const ZERO: ChangePartsView = { newEvidence: 0, fading: 0, baseline: 0, staleness: 0, reweighting: 0 };

const fmt = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/**
 * "What changed and why" between two days (method 2): the index change split exactly into new
 * evidence, fading of old evidence, baseline changes, staleness (frozen decay, indicators leaving or
 * re-entering the composite) and re-weighting, per indicator, with the event families behind the
 * evidence parts. Computed from the stored scores and the evidence on request.
 */
@Injectable()
export class IndexExplainer {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly frames: IndexFrames,
    private readonly served: ServedIndex,
  ) {}

  /**
   * explain() over the days a caller asked for: `to` defaults to the last day built (else today),
   * `from` to 30 days before it; `reframe` turns the profile's frame into another index (a company's).
   */
  async explainRange(
    slug: string | undefined,
    from?: string,
    to?: string,
    reframe?: (profile: IndexFrame) => IndexFrame,
  ): Promise<IndexExplanationView> {
    const served = await this.served.resolve(slug);
    const last = to ?? served.build.lastDay ?? this.clock.today();
    const frame = reframe ? reframe(await this.frames.frame(served, 2)) : undefined;
    return this.explain(served, from ?? addDays(last, -30), last, frame);
  }

  /** `frame`: another index on the served version's scores (a company's); the version's own by default. */
  async explain(served: ServedVersion, from: string, to: string, frame?: IndexFrame): Promise<IndexExplanationView> {
    if (from > to) throw InvalidInputError.field('to', `must not be before from (${from})`);
    if (from < HISTORY_START) throw InvalidInputError.field('from', `must not be before ${HISTORY_START}`);
    frame ??= await this.frames.frame(served, 2);
    if (to > frame.scores.to) to = frame.scores.to;
    if (from > to) from = to;
    const t0 = frameIndex(frame, from);
    const t1 = frameIndex(frame, to);
    const freshness = freshnessView(frame, t1);
    const a = frame.index.values[t0];
    const b = frame.index.values[t1];
    const summary: string[] = [];
    const base = { profile: served.profile, method: 2 as const, from, to, freshness, events: {} as Record<string, DriverEvidenceView> };
    if (Number.isNaN(a) || Number.isNaN(b)) {
      const reason = noValueReason(frame, Number.isNaN(b) ? t1 : t0);
      summary.push(freshness.summary);
      return {
        ...base,
        indexFrom: Number.isNaN(a) ? null : a,
        indexTo: Number.isNaN(b) ? null : b,
        change: null,
        reason,
        parts: ZERO,
        indicators: [],
        summary,
      };
    }
    const prepared = await this.frames.prepared(served);
    const v2 = frame.scores.v2;
    const historyLike = {
      from: frame.scores.from,
      days: frame.scores.days,
      series: frame.scores.keys.map((key, i) => ({ key, freshness: v2?.freshness[i] })),
    } as unknown as ScoredHistoryV2;
    const change = explainIndexChangeV2(prepared, historyLike, frame.index, from, to);
    const newDays = parseDay(to) - parseDay(from);
    const indicators: IndicatorChangeView[] = change.indicators.map((ind, i) => {
      const drivers: ChangeDriverView[] = [];
      if (ind.status === 'both' && ind.indexPointsPerScorePoint !== 0 && (ind.parts.newEvidence !== 0 || ind.parts.fading !== 0)) {
        const before = new Map(explainScoreV2(prepared, ind.key, from).families.map((f) => [f.familyKey, f.points]));
        for (const f of explainScoreV2(prepared, ind.key, to).families) {
          const points = (f.points - (before.get(f.familyKey) ?? 0)) * ind.indexPointsPerScorePoint;
          if (Math.abs(points) < 0.005) continue;
          const started = parseDay(f.startDate) > parseDay(from);
          drivers.push({
            eventId: f.strongestId,
            memberIds: [...f.memberIds],
            kind: started ? 'new' : f.endDate === null || f.endDate >= to ? 'held' : 'fading',
            severity: f.severity,
            status: f.status,
            startDate: f.startDate,
            endDate: f.endDate,
            points,
          });
        }
        drivers.sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
        drivers.splice(DRIVERS_PER_INDICATOR);
      }
      return {
        indicatorKey: ind.key,
        scoreFrom: ind.scoreFrom,
        scoreTo: ind.scoreTo,
        change: ind.change,
        parts: { ...ind.parts },
        stateFrom: v2 ? FRESHNESS_STATES[v2.freshness[i][t0]] : 'fresh',
        stateTo: v2 ? FRESHNESS_STATES[v2.freshness[i][t1]] : 'fresh',
        monitoringChanged: ind.monitoringChanged,
        drivers,
      };
    });
    indicators.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
    const p = change.parts;
    const noNews = freshness.daysSinceNewEvidence !== null && freshness.daysSinceNewEvidence >= newDays;
    if (noNews) {
      summary.push(
        `No new evidence for ${freshness.daysSinceNewEvidence} days: nothing new happened in the record between ${from} and ${to}; the change comes from fading, baselines and staleness only.`,
      );
    } else if (Math.abs(p.newEvidence) >= 0.05) summary.push(`New evidence: ${fmt(p.newEvidence)} points.`);
    if (Math.abs(p.fading) >= 0.05) summary.push(`Fading of older evidence: ${fmt(p.fading)} points — time passing, not a fall in risk.`);
    if (Math.abs(p.baseline) >= 0.05) summary.push(`Structural baselines: ${fmt(p.baseline)} points.`);
    if (Math.abs(p.staleness) >= 0.05)
      summary.push(`Staleness (decay frozen, indicators leaving or re-entering the index): ${fmt(p.staleness)} points.`);
    if (Math.abs(p.reweighting) >= 0.05)
      summary.push(`Weights and the peak channel shifting between indicators: ${fmt(p.reweighting)} points.`);
    if (freshness.stale.length > 0 || freshness.unmonitored.length > 0) summary.push(freshness.summary);

    const ids = [
      ...new Set(indicators.flatMap((i) => i.drivers.map((d) => d.eventId)).filter((id): id is number => typeof id === 'number')),
    ];
    const events: Record<string, DriverEvidenceView> = {};
    if (ids.length > 0) {
      const rows = await this.dataSource
        .getRepository(EventEntity)
        .find({ select: { id: true, title: true, sourceName: true, sourceUrl: true }, where: { id: In(ids) } });
      for (const row of rows) events[row.id] = { title: row.title, sourceName: row.sourceName, sourceUrl: row.sourceUrl };
    }
    return { ...base, indexFrom: a, indexTo: b, change: b - a, reason: null, parts: { ...p }, indicators, summary, events };
  }
}
