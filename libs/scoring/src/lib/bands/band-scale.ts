import { ScoringParameterError } from '../errors';

/** A risk band: scores from `lowerBound` (inclusive) up to the next band's lower bound (exclusive). */
export interface BandDefinition {
  readonly key: string;
  readonly label: string;
  readonly lowerBound: number;
}

/** Bands in ascending order; the first starts at 0, the last runs to 100 inclusive. */
export type BandScale = readonly BandDefinition[];

/** Low < 20 ≤ Guarded < 40 ≤ Elevated < 60 ≤ High < 80 ≤ Severe. */
export const DEFAULT_BAND_SCALE: BandScale = [
  { key: 'low', label: 'Low', lowerBound: 0 },
  { key: 'guarded', label: 'Guarded', lowerBound: 20 },
  { key: 'elevated', label: 'Elevated', lowerBound: 40 },
  { key: 'high', label: 'High', lowerBound: 60 },
  { key: 'severe', label: 'Severe', lowerBound: 80 },
];

/**
 * The default bands with other thresholds, e.g. `bandScaleWithThresholds([25, 45, 65, 85])`.
 * @param thresholds lower bounds of Guarded, Elevated, High and Severe, strictly ascending in (0, 100]
 */
export function bandScaleWithThresholds(thresholds: readonly [number, number, number, number]): BandScale {
  const scale = DEFAULT_BAND_SCALE.map((band, i) => ({ ...band, lowerBound: i === 0 ? 0 : thresholds[i - 1] }));
  validateBandScale(scale);
  return scale;
}

/**
 * @throws ScoringParameterError (`bands[i].lowerBound` / `bands[i].key`) unless the first lower bound
 *   is 0, the bounds ascend strictly and stay ≤ 100, and keys are unique and non-empty
 */
export function validateBandScale(scale: BandScale): void {
  if (!Array.isArray(scale) || scale.length === 0) throw new ScoringParameterError('bands', 'must list at least one band', scale);
  const keys = new Set<string>();
  scale.forEach((band, i) => {
    if (typeof band.key !== 'string' || band.key === '' || keys.has(band.key)) {
      throw new ScoringParameterError(`bands[${i}].key`, 'must be a unique non-empty string', band.key);
    }
    keys.add(band.key);
    const bound = band.lowerBound;
    const previous = i === 0 ? -Infinity : scale[i - 1].lowerBound;
    if (!Number.isFinite(bound) || (i === 0 ? bound !== 0 : bound <= previous || bound > 100)) {
      const reason = i === 0 ? 'must be 0' : `must be above ${previous} and at most 100`;
      throw new ScoringParameterError(`bands[${i}].lowerBound`, reason, bound);
    }
  });
}

/**
 * The band containing `value`: the last band whose lower bound is ≤ value. Null for NaN.
 * Linear scan: there are a handful of bands.
 */
export function classifyBand(value: number, scale: BandScale = DEFAULT_BAND_SCALE): BandDefinition | null {
  if (Number.isNaN(value)) return null;
  let band = scale[0];
  for (let i = 1; i < scale.length && value >= scale[i].lowerBound; i++) band = scale[i];
  return band;
}

/** Position of a band key in the scale (for "at or above" comparisons); -1 when absent. */
export function bandRank(key: string, scale: BandScale = DEFAULT_BAND_SCALE): number {
  return scale.findIndex((band) => band.key === key);
}
