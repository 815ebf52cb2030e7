import type { ActionCatalogue } from '../bands/action-catalogue';
import { DEFAULT_BAND_SCALE, bandRank, classifyBand, type BandScale } from '../bands/band-scale';
import { DEFAULT_ACTION_CATALOGUE, recommendActions, type ActionRecommendation } from '../bands/recommend-actions';
import type { AggregationOptions } from '../composite/aggregation';
import { computeIndex, type CompactIndexSeries } from '../composite/composite-index';
import type { WeightMap } from '../composite/weights';
import { addDays, isIsoDay, parseDay } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import { attributeIndexChange } from '../explain/index-attribution';
import type { Evidence } from '../model/evidence';
import type { IndicatorDefinition } from '../model/indicator';
import { freshnessOnDay, type FreshnessOnDay } from '../v2/freshness-report';
import { prepareEvidenceV2 } from '../v2/prepare-v2';
import { scorePreparedV2, type ScoreV2Options } from '../v2/score-v2';

/**
 * Replay: the index, its band, the alerts and the digest summary as they would have been on a past
 * day with only the evidence recorded by then (recordedAt ≤ day, method version 2's asOf), beside
 * the same day as the evidence known today scores it (hindsight).
 */
export interface ReplayOptions {
  readonly weights: WeightMap;
  readonly aggregation?: AggregationOptions;
  readonly historyFrom?: string;
  /** Days of the chart before the day (default 90) and after it, with hindsight (default 30, up to today). */
  readonly windowBefore?: number;
  readonly windowAfter?: number;
  /** Today (the hindsight series stops here). */
  readonly today: string;
  readonly names?: Readonly<Record<string, string>>;
  readonly alertRules?: { readonly riseDay: number; readonly riseWeek: number };
  readonly score?: ScoreV2Options;
  readonly scale?: BandScale;
  readonly catalogue?: ActionCatalogue;
}

/** Threshold alerts a subscriber with the usual rules would have received that day. */
export const DEFAULT_REPLAY_ALERTS = { riseDay: 5, riseWeek: 10 } as const;

export interface ReplayAlert {
  readonly kind: 'band_change' | 'rise_day' | 'rise_week';
  readonly message: string;
}

export interface ReplayMover {
  readonly key: string;
  readonly change: number;
  readonly scoreFrom: number | null;
  readonly scoreTo: number | null;
}

export interface ReplayResult {
  readonly date: string;
  readonly value: number | null;
  readonly band: string | null;
  readonly change1d: number | null;
  readonly change7d: number | null;
  readonly change30d: number | null;
  readonly scores: Record<string, number>;
  readonly contributions: Record<string, number>;
  readonly alerts: readonly ReplayAlert[];
  /** The digest as it would have gone out that day: a headline and its lines. */
  readonly digest: { readonly headline: string; readonly lines: readonly string[] };
  /** Largest movers over the 7 days to the day, as known then. */
  readonly movers: readonly ReplayMover[];
  readonly freshness: FreshnessOnDay | null;
  readonly actions: ActionRecommendation | null;
  /** The same day with the evidence known today. */
  readonly hindsight: { readonly value: number | null; readonly band: string | null };
  /** Events dated on or before the day: known on it, and recorded only later. */
  readonly eventsKnown: number;
  readonly eventsLearnedLater: number;
  /** Chart: the index as known on the day (to the day) and with hindsight (around it). */
  readonly series: { readonly from: string; readonly asKnown: (number | null)[]; readonly hindsight: (number | null)[] };
}

const r2 = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 100) / 100);
const fmt = (v: number) => v.toFixed(1);

/**
 * @throws ScoringParameterError when `day` is not a day between historyFrom and today
 */
export function replayAsKnownOn(
  definitions: readonly IndicatorDefinition[],
  evidence: Evidence,
  day: string,
  options: ReplayOptions,
): ReplayResult {
  const historyFrom = options.historyFrom ?? '2014-01-01';
  if (!isIsoDay(day) || day < historyFrom || day > options.today)
    throw new ScoringParameterError('date', `must be a day from ${historyFrom} to ${options.today}`, day);
  const scale = options.scale ?? DEFAULT_BAND_SCALE;
  const names = options.names ?? {};
  const rules = options.alertRules ?? DEFAULT_REPLAY_ALERTS;
  const after = addDays(day, options.windowAfter ?? 30);
  const windowEnd = after > options.today ? options.today : after;

  const then = scorePreparedV2(prepareEvidenceV2(definitions, evidence, { asOf: day }), { from: historyFrom, to: day }, options.score);
  const now = scorePreparedV2(prepareEvidenceV2(definitions, evidence), { from: historyFrom, to: windowEnd }, options.score);
  const index = computeIndex(then, options.weights, options.aggregation);
  const hindsight = computeIndex(now, options.weights, options.aggregation);
  const t = index.days - 1;
  const value = index.values[t];
  const at = (series: CompactIndexSeries, back: number) => (t - back >= 0 ? series.values[t - back] : Number.NaN);
  const change = (back: number) => r2(value - at(index, back));
  const scores: Record<string, number> = {};
  const contributions: Record<string, number> = {};
  index.keys.forEach((k, i) => {
    if (!Number.isNaN(index.scores[i][t])) scores[k] = r2(index.scores[i][t]) as number;
    if (!Number.isNaN(index.contributions[i][t])) contributions[k] = r2(index.contributions[i][t]) as number;
  });
  const band = classifyBand(value, scale);

  const alerts: ReplayAlert[] = [];
  const yesterdayBand = classifyBand(at(index, 1), scale);
  if (band && yesterdayBand && band.key !== yesterdayBand.key) {
    const up = bandRank(band.key, scale) > bandRank(yesterdayBand.key, scale);
    alerts.push({
      kind: 'band_change',
      message: `The index ${up ? 'rose' : 'fell'} from ${yesterdayBand.label} to ${band.label} (${fmt(value)}).`,
    });
  }
  const d1 = value - at(index, 1);
  if (d1 >= rules.riseDay)
    alerts.push({ kind: 'rise_day', message: `The index rose ${fmt(d1)} points in a day (alert at ${rules.riseDay}).` });
  const d7 = value - at(index, 7);
  if (d7 >= rules.riseWeek)
    alerts.push({ kind: 'rise_week', message: `The index rose ${fmt(d7)} points in a week (alert at ${rules.riseWeek}).` });

  let movers: ReplayMover[] = [];
  if (t >= 7 && !Number.isNaN(at(index, 7)) && !Number.isNaN(value)) {
    movers = attributeIndexChange(index, addDays(day, -7), day)
      .indicators.filter((a) => Math.abs(a.change) >= 0.05)
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
      .slice(0, 3)
      .map((a) => ({
        key: a.key,
        change: r2(a.change) as number,
        scoreFrom: a.scoreFrom === null ? null : r2(a.scoreFrom),
        scoreTo: a.scoreTo === null ? null : r2(a.scoreTo),
      }));
  }
  const freshness = freshnessOnDay(then, day);
  const actions = recommendActions(value, scores, options.catalogue ?? DEFAULT_ACTION_CATALOGUE, scale);

  const known = parseDay(day);
  let eventsKnown = 0;
  let eventsLearnedLater = 0;
  for (const e of evidence.events) {
    if (parseDay(e.date) > known) continue;
    if (parseDay(e.recordedAt ?? e.date) <= known) eventsKnown++;
    else eventsLearnedLater++;
  }

  const lines: string[] = [];
  if (!Number.isNaN(value) && band) {
    const c7 = change(7);
    lines.push(`Index ${fmt(value)} (${band.label})${c7 === null ? '' : `, ${c7 >= 0 ? '+' : ''}${c7.toFixed(1)} over 7 days`}.`);
  }
  for (const m of movers)
    lines.push(
      `${names[m.key] ?? m.key}: ${m.change >= 0 ? '+' : ''}${m.change.toFixed(1)} index points (score ${m.scoreFrom?.toFixed(1) ?? '–'} → ${m.scoreTo?.toFixed(1) ?? '–'}).`,
    );
  for (const f of freshness?.indicators ?? []) {
    if (f.state !== 'fresh') lines.push(`${names[f.key] ?? f.key}: ${f.state}, no new evidence for ${f.daysSinceEvidence ?? 'many'} days.`);
  }
  for (const a of alerts) lines.push(`Alert: ${a.message}`);
  const headline = Number.isNaN(value) || !band ? `No index on ${day}` : `Kazakhstan exposure on ${day}: ${fmt(value)} ${band.label}`;

  const windowFrom = addDays(day, -(options.windowBefore ?? 90));
  const fromT = Math.max(0, parseDay(windowFrom) - parseDay(historyFrom));
  const asKnown = Array.from(index.values.subarray(fromT), r2);
  const hindsightValues = Array.from(hindsight.values.subarray(fromT), r2);
  const hv = hindsight.values[t];
  return {
    date: day,
    value: r2(value),
    band: band?.key ?? null,
    change1d: change(1),
    change7d: change(7),
    change30d: change(30),
    scores,
    contributions,
    alerts,
    digest: { headline, lines },
    movers,
    freshness,
    actions,
    hindsight: { value: r2(hv), band: classifyBand(hv, scale)?.key ?? null },
    eventsKnown,
    eventsLearnedLater,
    series: { from: addDays(historyFrom, fromT), asKnown, hindsight: hindsightValues },
  };
}

/** Known crisis episodes to replay (curated history: the dates of the events named). */
export interface ReplayPreset {
  readonly key: string;
  readonly name: string;
  readonly date: string;
  readonly episode: string;
  readonly note: string;
}

export const REPLAY_PRESETS: readonly ReplayPreset[] = [
  {
    key: 'jan-2022-protests',
    episode: 'January 2022',
    name: 'January 2022: protests spread',
    date: '2022-01-05',
    note: 'Government resigns, state of emergency; Tokayev asks the CSTO for help.',
  },
  {
    key: 'jan-2022-csto',
    episode: 'January 2022',
    name: 'January 2022: CSTO deployed',
    date: '2022-01-07',
    note: 'A Russian-led CSTO force arrives; "shoot to kill" order; internet shut down.',
  },
  {
    key: 'cpc-2022-march',
    episode: '2022 CPC halts',
    name: 'March 2022: CPC mooring storm damage',
    date: '2022-03-23',
    note: 'CPC takes mooring SPM-3 out of service after storm damage.',
  },
  {
    key: 'cpc-2022-july',
    episode: '2022 CPC halts',
    name: 'July 2022: court orders CPC suspension',
    date: '2022-07-06',
    note: 'A Novorossiysk court orders a 30-day suspension of CPC’s Russian operations.',
  },
  {
    key: 'cpc-2022-august',
    episode: '2022 CPC halts',
    name: 'August 2022: moorings halted',
    date: '2022-08-23',
    note: 'CPC halts moorings SPM-1 and SPM-2 over cracked buoyancy tanks.',
  },
  {
    key: 'cpc-2025-february',
    episode: '2025 strikes on CPC',
    name: 'February 2025: Kropotkinskaya strike',
    date: '2025-02-18',
    note: 'A drone strike takes CPC’s Kropotkinskaya pumping station out of service.',
  },
  {
    key: 'cpc-2025-november',
    episode: '2025 strikes on CPC',
    name: 'November 2025: mooring SPM-2 wrecked',
    date: '2025-11-30',
    note: 'A naval drone attack wrecks mooring SPM-2 and halts loading.',
  },
];
