import type { IndexPointView, IndexSeriesView, LatestIndexView } from './index-series';

/**
 * An index series as columns: one array per field and one row per indicator, so no key is repeated
 * per day (a year of daily points is about a sixth of IndexSeriesView's JSON). Lossless:
 * `seriesFromColumns(seriesColumns(s))` gives back `s`.
 */
export interface IndexColumnsView extends Omit<IndexSeriesView, 'points'> {
  /** The points' days, in order; every other column is aligned with it. */
  dates: string[];
  values: (number | null)[];
  bands: (string | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  /** Indicator keys: the rows of contributions, scores and states. */
  keys: string[];
  /** Index points per indicator and day; null where it added none. */
  contributions: (number | null)[][];
  /** Score per indicator and day; null without data. */
  scores: (number | null)[][];
  /** Per indicator one character per day: '0' + 1 (in the composite) + 2 (stale) + 4 (unmonitored). */
  states: string[];
}

const COVERED = 1;
const STALE = 2;
const UNMONITORED = 4;

/** The points of a series as columns (IndexColumnsView). */
export function seriesColumns(series: IndexSeriesView): IndexColumnsView {
  const { points, ...rest } = series;
  const keys: string[] = [];
  const seen = new Set<string>();
  const add = (key: string) => seen.has(key) || (seen.add(key), keys.push(key));
  for (const p of points)
    [...Object.keys(p.contributions), ...Object.keys(p.scores), ...p.coverage, ...p.stale, ...p.unmonitored].forEach(add);
  const state = (p: IndexPointView, key: string) =>
    String.fromCharCode(
      48 + (p.coverage.includes(key) ? COVERED : 0) + (p.stale.includes(key) ? STALE : 0) + (p.unmonitored.includes(key) ? UNMONITORED : 0),
    );
  return {
    ...rest,
    dates: points.map((p) => p.date),
    values: points.map((p) => p.value),
    bands: points.map((p) => p.band),
    lower: points.map((p) => p.lower),
    upper: points.map((p) => p.upper),
    keys,
    contributions: keys.map((k) => points.map((p) => p.contributions[k] ?? null)),
    scores: keys.map((k) => points.map((p) => p.scores[k] ?? null)),
    states: keys.map((k) => points.map((p) => state(p, k)).join('')),
  };
}

/** The series of IndexColumnsView as points again. */
export function seriesFromColumns(columns: IndexColumnsView): IndexSeriesView {
  const { dates, values, bands, lower, upper, keys, contributions, scores, states, ...rest } = columns;
  const points = dates.map((date, t): IndexPointView => {
    const point: IndexPointView = {
      date,
      value: values[t],
      band: bands[t],
      contributions: {},
      coverage: [],
      scores: {},
      stale: [],
      unmonitored: [],
      lower: lower[t],
      upper: upper[t],
    };
    keys.forEach((key, i) => {
      if (contributions[i][t] !== null) point.contributions[key] = contributions[i][t] as number;
      if (scores[i][t] !== null) point.scores[key] = scores[i][t] as number;
      const flags = states[i].charCodeAt(t) - 48;
      if (flags & COVERED) point.coverage.push(key);
      if (flags & STALE) point.stale.push(key);
      if (flags & UNMONITORED) point.unmonitored.push(key);
    });
    return point;
  });
  return { ...rest, points };
}

/** The company index beside the country index, for the overview's company view. */
export interface CompanyComparisonView {
  footprintId: number;
  footprintName: string;
  countryValue: number | null;
  countryBand: string | null;
  countryBandLabel: string | null;
  /** Company minus country, index points; null when either has no value. */
  difference: number | null;
  /** Why the company index differs from the country index (its top channels). */
  reason: string;
}

/**
 * What the overview shows first, in one response: today's value and the series of the chosen range
 * (as columns) — the country index under a profile, or a company's index on top of it.
 */
export interface IndexOverviewView {
  latest: LatestIndexView;
  series: IndexColumnsView;
  /** How the 5–95 % band is made. */
  uncertaintyMethod: string;
  /** The company view: the footprint and the country index beside it; null for the country. */
  company: CompanyComparisonView | null;
}
