import {
  CoverageView,
  FreshnessStateView,
  FreshnessView,
  IndexPointView,
  IndicatorFreshnessView,
  IndicatorScoreView,
  MethodVersionView,
} from '@kem/contracts';
import {
  addDays,
  classifyBand,
  FRESHNESS_STATES,
  parseDay,
  UNMONITORED_AFTER_INTERVALS,
  type CompactIndexSeries,
  type IndicatorDefinition,
} from '@kem/scoring';
import type { TouchLog } from '../build/evidence-snapshot';
import { FLAG_STALE_VINTAGE, FLAG_UNKNOWN_LAPSED, type StoredScores } from '../build/score-store';

/** Everything a view of the index on some day needs: scores, the index under one profile version, touches. */
export interface IndexFrame {
  readonly method: MethodVersionView;
  readonly asOf: string | null;
  readonly scores: StoredScores;
  readonly index: CompactIndexSeries;
  readonly definitions: readonly IndicatorDefinition[];
  readonly touches: ReadonlyMap<string, TouchLog>;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const finite = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

/** Index of `date` in the frame, or −1. */
export function frameIndex(frame: IndexFrame, date: string): number {
  const t = parseDay(date) - parseDay(frame.scores.from);
  return t >= 0 && t < frame.scores.days ? t : -1;
}

function stateOf(frame: IndexFrame, i: number, t: number): FreshnessStateView {
  const v2 = frame.scores.v2;
  return v2 ? FRESHNESS_STATES[v2.freshness[i][t]] : 'fresh';
}

/** Latest entry with day ≤ date (and known by `asOf`, when given); list sorted by day. */
function latestOf<T extends { day: string; known: string }>(list: readonly T[], date: string, asOf: string | null): T | null {
  for (let j = list.length - 1; j >= 0; j--) {
    const entry = list[j];
    if (entry.day > date) continue;
    if (asOf !== null && entry.known > asOf) continue;
    return entry;
  }
  return null;
}

const daysBetween = (a: string, b: string) => parseDay(b) - parseDay(a);

/** Freshness of indicator i on day t of the frame. */
export function indicatorFreshness(frame: IndexFrame, i: number, t: number): IndicatorFreshnessView {
  const key = frame.scores.keys[i];
  const date = addDays(frame.scores.from, t);
  const definition = frame.definitions.find((d) => d.key === key);
  const interval = frame.method === 2 ? (definition?.reviewIntervalDays ?? null) : null;
  const touches = frame.touches.get(key);
  const evidence = touches ? latestOf(touches.evidence, date, frame.asOf) : null;
  const review = touches ? latestOf(touches.reviews, date, frame.asOf) : null;
  const v2 = frame.scores.v2;
  let age: number | null;
  if (v2) age = v2.age[i][t] < 0 ? null : v2.age[i][t];
  else {
    const last = [evidence?.day, review?.day]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    age = last ? daysBetween(last, date) : null;
  }
  const lastTouch = age === null ? null : addDays(date, -age);
  const score = frame.index.scores[i]?.[t];
  const state = stateOf(frame, i, t);
  const flags = v2 ? v2.flags[i][t] : 0;
  return {
    indicatorKey: key,
    state,
    reviewIntervalDays: interval,
    lastEvidence: evidence?.day ?? null,
    lastReview: review?.day ?? null,
    lastReviewByAnalyst: review?.analyst ?? false,
    daysSinceEvidence: evidence ? daysBetween(evidence.day, date) : null,
    daysSinceTouch: age,
    staleFrom: lastTouch !== null && interval !== null ? addDays(lastTouch, interval + 1) : null,
    unmonitoredFrom: lastTouch !== null && interval !== null ? addDays(lastTouch, UNMONITORED_AFTER_INTERVALS * interval + 1) : null,
    inComposite: score !== undefined && !Number.isNaN(score) && state !== 'unmonitored' && !Number.isNaN(frame.index.contributions[i][t]),
    staleVintage: (flags & FLAG_STALE_VINTAGE) !== 0,
    unknownLapsed: (flags & FLAG_UNKNOWN_LAPSED) !== 0,
    spread: v2 ? round(v2.spread[i][t], 2) : 0,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Freshness of every indicator on day t, with coverage and "no new evidence for N days". */
export function freshnessView(frame: IndexFrame, t: number): FreshnessView {
  const date = addDays(frame.scores.from, t);
  const indicators = frame.scores.keys.map((_, i) => indicatorFreshness(frame, i, t));
  const inComposite = indicators.filter((f) => f.inComposite).map((f) => f.indicatorKey);
  const leftOut = indicators.filter((f) => !f.inComposite).map((f) => f.indicatorKey);
  const coverage: CoverageView = {
    covered: inComposite.length,
    total: indicators.length,
    share: indicators.length === 0 ? 0 : inComposite.length / indicators.length,
    inComposite,
    leftOut,
  };
  const lastNewEvidence =
    indicators
      .map((f) => f.lastEvidence)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const daysSinceNewEvidence = lastNewEvidence ? daysBetween(lastNewEvidence, date) : null;
  const stale = indicators.filter((f) => f.state === 'stale').map((f) => f.indicatorKey);
  const unmonitored = indicators.filter((f) => f.state === 'unmonitored').map((f) => f.indicatorKey);
  const parts: string[] = [];
  if (daysSinceNewEvidence === null) parts.push('No evidence yet');
  else if (daysSinceNewEvidence > 0) parts.push(`No new evidence for ${plural(daysSinceNewEvidence, 'day')} (last on ${lastNewEvidence})`);
  else parts.push('New evidence today');
  if (frame.method === 2) {
    const total = indicators.length;
    if (stale.length === 0 && unmonitored.length === 0) parts.push(`all ${total} indicators fresh`);
    else {
      if (stale.length > 0) parts.push(`${stale.length} of ${total} indicators stale (held at their last reviewed level)`);
      if (unmonitored.length > 0) parts.push(`${unmonitored.length} unmonitored (left out of the index)`);
    }
  }
  return {
    date,
    method: frame.method,
    coverage,
    indicators,
    lastNewEvidence,
    daysSinceNewEvidence,
    stale,
    unmonitored,
    summary: `${parts.join('; ')}.`,
  };
}

/** Why the index has no value on day t (null when it has one). */
export function noValueReason(frame: IndexFrame, t: number): string | null {
  if (!Number.isNaN(frame.index.values[t])) return null;
  if (frame.method === 2 && frame.scores.v2?.freshness.every((f) => f[t] === 2)) {
    return 'Every indicator is unmonitored: nobody has added evidence or reviewed any indicator for more than three review intervals, so the index has no honest value. Record a review or add evidence to bring indicators back.';
  }
  return 'No indicator with weight has data on this day.';
}

/** Each indicator's score beside the total on day t. */
export function indicatorScores(frame: IndexFrame, t: number): IndicatorScoreView[] {
  return frame.scores.keys.map((key, i) => {
    const score = finite(frame.scores.score[i][t]);
    const contribution = finite(frame.index.contributions[i][t]);
    const state = stateOf(frame, i, t);
    return {
      indicatorKey: key,
      score: score === null ? null : round(score),
      baseline: frame.scores.v2 ? finite(round(frame.scores.v2.baseline[i][t])) : null,
      contribution: state === 'unmonitored' || contribution === null ? null : round(contribution),
      band: score === null ? null : (classifyBand(score)?.key ?? null),
      state,
    };
  });
}

/** The point view of day t (lower/upper from the materialised band, when given). */
export function pointView(frame: IndexFrame, t: number, band?: { lower: number | null; upper: number | null }): IndexPointView {
  const value = finite(frame.index.values[t]);
  const contributions: Record<string, number> = {};
  const coverage: string[] = [];
  const scores: Record<string, number> = {};
  const stale: string[] = [];
  const unmonitored: string[] = [];
  frame.scores.keys.forEach((key, i) => {
    const c = frame.index.contributions[i][t];
    if (value !== null && !Number.isNaN(c)) {
      contributions[key] = c;
      coverage.push(key);
    }
    const s = frame.scores.score[i][t];
    if (!Number.isNaN(s)) scores[key] = round(s);
    const state = frame.scores.v2?.freshness[i][t] ?? 0;
    if (state === 1) stale.push(key);
    else if (state === 2) unmonitored.push(key);
  });
  return {
    date: addDays(frame.scores.from, t),
    value,
    band: value === null ? null : (classifyBand(value)?.key ?? null),
    contributions,
    coverage,
    scores,
    stale,
    unmonitored,
    lower: value === null ? null : (band?.lower ?? null),
    upper: value === null ? null : (band?.upper ?? null),
  };
}
