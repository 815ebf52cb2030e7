/**
 * Time-split backtest: saturation constants fitted on evidence known by 2020-12-31 (2014–2020),
 * tested on the crises of 2021 onwards, each scored as known seven days after its date.
 *
 * Crisis: an event family of severity ≥ 4 (the strongest member) dated from 2021-01-01 to today;
 * families starting within 7 days of each other form one crisis episode (January 2022 is one).
 * Hit: the index as known on d + 7 rises by ≥ 3 points between d − 1 and some day of d … d + 7.
 * Alarm: a day t with I(t) − I(t − 7) ≥ 3 (as known today); consecutive alarm days are one episode;
 * an episode is a false alarm when it starts more than 14 days from every crisis episode.
 * Lead/lag: first alarm day in d − 30 … d + 7 minus d (negative = before the crisis date).
 */
import {
  DEFAULT_INDICATORS,
  METHOD_V2,
  addDays,
  calibrateSaturations,
  classifyBand,
  computeIndex,
  defaultWeights,
  familyKeys,
  prepareEvidence,
  prepareEvidenceV2,
  scorePrepared,
  withSaturations,
  type CompactIndexSeries,
  type EvidenceReview,
  type IndicatorDefinition,
} from '../../libs/scoring/src';
import type { LoadedData, LoadedEvent } from './load-data';
import { scoreV2 } from './score-methods';
import { daysBetween, round, valueAt } from './stats';

export const RISE_POINTS = 3;
export const FIT_TO = '2020-12-31';
export const TEST_FROM = '2021-01-01';

export interface CrisisResult {
  readonly date: string;
  readonly titles: readonly string[];
  readonly indicators: readonly string[];
  readonly v1: CrisisMeasure;
  readonly v2: CrisisMeasure;
}

export interface CrisisMeasure {
  readonly before: number | null;
  readonly peak: number | null;
  readonly rise: number | null;
  readonly hit: boolean;
  /** Hit, or the index already reads High (≥ 60) on a day in d..d + 7 (a saturated index cannot rise 3 points). */
  readonly hitOrHigh: boolean;
  readonly band: string | null;
  readonly lagDays: number | null;
}

export interface BacktestResult {
  readonly definition: string;
  readonly fittedSaturations: Record<string, { fitted: number | null; used: number; activeDays: number }>;
  readonly crises: CrisisResult[];
  readonly summary: Record<
    'v1' | 'v2',
    {
      hitRate: number | null;
      hitOrHighRate: number | null;
      lowOnCrisisDate: number;
      falseAlarmRate: number | null;
      alarmEpisodes: number;
      falseAlarms: number;
      medianLagDays: number | null;
    }
  >;
}

function crisisEpisodes(data: LoadedData, today: string): { date: string; events: LoadedEvent[] }[] {
  const keys = familyKeys(data.events);
  const families = new Map<string, LoadedEvent[]>();
  for (const e of data.events) {
    const k = `${e.indicatorKey}|${keys.get(e) ?? String(e.id)}`;
    families.set(k, [...(families.get(k) ?? []), e]);
  }
  const starts: { date: string; events: LoadedEvent[] }[] = [];
  for (const members of families.values()) {
    const max = Math.max(...members.map((m) => m.severity));
    const date = members.map((m) => m.date).sort()[0];
    if (max >= 4 && date >= TEST_FROM && date <= today) starts.push({ date, events: members.filter((m) => m.severity === max) });
  }
  starts.sort((a, b) => a.date.localeCompare(b.date));
  const episodes: { date: string; events: LoadedEvent[] }[] = [];
  for (const s of starts) {
    const last = episodes[episodes.length - 1];
    if (last && daysBetween(last.date, s.date) <= 7) last.events.push(...s.events);
    else episodes.push({ date: s.date, events: [...s.events] });
  }
  return episodes;
}

function v1AsOf(data: LoadedData, range: { from: string; to: string }, asOf: string): CompactIndexSeries {
  const events = data.events.filter((e) => (e.recordedAt ?? e.date) <= asOf);
  return computeIndex(
    scorePrepared(prepareEvidence(DEFAULT_INDICATORS, { events, observations: data.observations }), range),
    defaultWeights(DEFAULT_INDICATORS),
  );
}

function measure(index: CompactIndexSeries, d: string) {
  const before = valueAt(index.values, index.from, addDays(d, -1));
  let peak = Number.NaN;
  let lag: number | null = null;
  for (let k = -30; k <= 7; k++) {
    const day = addDays(d, k);
    const v = valueAt(index.values, index.from, day);
    if (k >= 0 && !(v <= peak)) peak = v;
    if (lag === null && v - valueAt(index.values, index.from, addDays(day, -7)) >= RISE_POINTS) lag = k;
  }
  const rise = peak - before;
  const band = classifyBand(valueAt(index.values, index.from, d))?.key ?? null;
  return {
    before: round(before),
    peak: round(peak),
    rise: round(rise),
    hit: rise >= RISE_POINTS,
    hitOrHigh: rise >= RISE_POINTS || peak >= 60,
    band,
    lagDays: lag,
  };
}

function alarms(index: CompactIndexSeries, from: string, to: string, crisisDates: string[]) {
  let episodes = 0;
  let falseAlarms = 0;
  let inAlarm = false;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const rise = valueAt(index.values, index.from, day) - valueAt(index.values, index.from, addDays(day, -7));
    const alarm = rise >= RISE_POINTS;
    if (alarm && !inAlarm) {
      episodes++;
      if (!crisisDates.some((c) => Math.abs(daysBetween(c, day)) <= 14)) falseAlarms++;
    }
    inAlarm = alarm;
  }
  return { episodes, falseAlarms };
}

export function runBacktest(data: LoadedData, reviews: EvidenceReview[], today: string, v1Today: CompactIndexSeries): BacktestResult {
  // fit on what was known by the end of 2020, over 2014–2020
  const fitPrepared = prepareEvidenceV2(
    METHOD_V2.indicators,
    { events: data.events, observations: data.observations, reviews, structural: data.structural },
    { asOf: FIT_TO },
  );
  const fits = calibrateSaturations(fitPrepared, { from: '2014-01-01', to: FIT_TO });
  // indicators without enough pressure before 2021 keep their version-1 (argued) constant, not the published fit (which saw later data)
  const v1k = Object.fromEntries(
    DEFAULT_INDICATORS.map((d) => [
      d.key,
      d.method.kind === 'event_pressure' ? d.method.saturation : d.method.kind === 'stage' ? d.method.enforcement.saturation : 8,
    ]),
  );
  const used = Object.fromEntries(fits.map((f) => [f.key, f.saturation ?? v1k[f.key]]));
  const definitions: IndicatorDefinition[] = withSaturations(METHOD_V2.indicators, used);
  const episodes = crisisEpisodes(data, today);
  const crises = episodes.map((ep): CrisisResult => {
    const asOf = addDays(ep.date, 7);
    const range = { from: addDays(ep.date, -60), to: asOf };
    const v2 = scoreV2(
      data,
      range,
      reviews.filter((r) => r.date <= asOf),
      definitions,
      asOf,
    ).index;
    const v1 = v1AsOf(data, range, asOf);
    return {
      date: ep.date,
      titles: ep.events.map((e) => `${e.title} (severity ${e.severity}, ${e.source})`),
      indicators: [...new Set(ep.events.map((e) => e.indicatorKey))],
      v1: measure(v1, ep.date),
      v2: measure(v2, ep.date),
    };
  });
  const crisisDates = episodes.map((e) => e.date);
  const v2Today = scoreV2(data, { from: '2014-01-01', to: today }, reviews, definitions, today).index;
  const summarise = (key: 'v1' | 'v2', index: CompactIndexSeries) => {
    const hits = crises.filter((c) => c[key].hit).length;
    const lags = crises
      .map((c) => c[key].lagDays)
      .filter((l): l is number => l !== null)
      .sort((a, b) => a - b);
    const a = alarms(index, TEST_FROM, today, crisisDates);
    return {
      hitRate: crises.length === 0 ? null : round(hits / crises.length, 3),
      hitOrHighRate: crises.length === 0 ? null : round(crises.filter((c) => c[key].hitOrHigh).length / crises.length, 3),
      lowOnCrisisDate: crises.filter((c) => c[key].band === 'low').length,
      falseAlarmRate: a.episodes === 0 ? null : round(a.falseAlarms / a.episodes, 3),
      alarmEpisodes: a.episodes,
      falseAlarms: a.falseAlarms,
      medianLagDays: lags.length === 0 ? null : lags[Math.floor((lags.length - 1) / 2)],
    };
  };
  return {
    definition:
      `Crisis = an event family of severity ≥ 4 dated ${TEST_FROM}..${today}; families within 7 days form one episode. ` +
      `Hit = the index as known on d + 7 rises ≥ ${RISE_POINTS} points from d − 1 to a day in d..d + 7. ; secondary: hit or already High (≥ 60) in d..d + 7. ` +
      `Alarm = I(t) − I(t − 7) ≥ ${RISE_POINTS}; an alarm episode starting > 14 days from every crisis is false. ` +
      `Lag = first alarm day in d − 30..d + 7 minus d. Saturation constants fitted on 2014..${FIT_TO} as known on ${FIT_TO}; ` +
      'indicators with fewer than 60 active days before 2021 keep their version-1 constant.',
    fittedSaturations: Object.fromEntries(
      fits.map((f) => [
        f.key,
        { fitted: f.saturation === null ? null : round(f.saturation, 2), used: round(used[f.key], 2) as number, activeDays: f.activeDays },
      ]),
    ),
    crises,
    summary: { v1: summarise('v1', v1Today), v2: summarise('v2', v2Today) },
  };
}
