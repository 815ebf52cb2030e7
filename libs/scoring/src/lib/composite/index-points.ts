import { DEFAULT_BAND_SCALE, classifyBand, validateBandScale, type BandScale } from '../bands/band-scale';
import { formatDay, parseDay } from '../dates/calendar-day';
import { dayIndex } from '../model/series';
import type { CompactIndexSeries } from './composite-index';

/** One day of the index as a plain JSON-friendly object (what the API stores and serves). */
export interface IndexPoint {
  readonly date: string;
  readonly value: number;
  /** Key of the band containing `value` (e.g. 'elevated'). */
  readonly band: string;
  /** Index points per covered indicator; they sum to `value`. */
  readonly contributions: Record<string, number>;
  /** Keys of the indicators that counted at this date (data and weight > 0). */
  readonly coverage: string[];
  /** Scores s_i of every indicator with data at this date, including weight-0 ones. */
  readonly scores: Record<string, number>;
}

/**
 * The index on `date` as a plain object; null when the date is outside the series or no indicator is
 * covered on it.
 * @param scale bands used to classify the value (default Low/Guarded/Elevated/High/Severe)
 */
export function indexPointAt(index: CompactIndexSeries, date: string, scale: BandScale = DEFAULT_BAND_SCALE): IndexPoint | null {
  validateBandScale(scale);
  const t = dayIndex(index.from, index.days, date);
  return t < 0 ? null : pointAt(index, t, parseDay(index.from), scale);
}

/**
 * Every day of the index as plain objects, oldest first. Days on which no indicator is covered are
 * left out (they have no value to show).
 */
export function toIndexPoints(index: CompactIndexSeries, scale: BandScale = DEFAULT_BAND_SCALE): IndexPoint[] {
  validateBandScale(scale);
  const fromDay = parseDay(index.from);
  const points: IndexPoint[] = [];
  for (let t = 0; t < index.days; t++) {
    const point = pointAt(index, t, fromDay, scale);
    if (point !== null) points.push(point);
  }
  return points;
}

function pointAt(index: CompactIndexSeries, t: number, fromDay: number, scale: BandScale): IndexPoint | null {
  const value = index.values[t];
  if (Number.isNaN(value)) return null;
  const contributions: Record<string, number> = {};
  const scores: Record<string, number> = {};
  const coverage: string[] = [];
  index.keys.forEach((key, i) => {
    const c = index.contributions[i][t];
    if (!Number.isNaN(c)) {
      contributions[key] = c;
      coverage.push(key);
    }
    const s = index.scores[i][t];
    if (!Number.isNaN(s)) scores[key] = s;
  });
  const band = classifyBand(value, scale) as { key: string };
  return { date: formatDay(fromDay + t), value, band: band.key, contributions, coverage, scores };
}
