import { BandColours, bandColours, BandDefinition, BandScale, classifyBand, DEFAULT_BAND_SCALE } from '@kem/scoring';

/** A band as a stretch of the 0–100 axis. */
export interface BandZone extends BandDefinition {
  readonly upperBound: number;
  readonly style: BandColours;
}

/** The bands as zones from their lower bound to the next band's (the last up to 100). */
export function bandZones(scale: BandScale = DEFAULT_BAND_SCALE): BandZone[] {
  return scale.map((band, i) => ({
    ...band,
    upperBound: i + 1 < scale.length ? scale[i + 1].lowerBound : 100,
    style: bandColours(band.key),
  }));
}

/** The band a value falls in, or null for a missing value. */
export function bandOf(value: number | null | undefined, scale: BandScale = DEFAULT_BAND_SCALE): BandDefinition | null {
  return value === null || value === undefined ? null : classifyBand(value, scale);
}

/**
 * Top of a 0–100 chart axis that keeps the data readable: the first band boundary above the highest
 * value plus 10 % headroom, never below `minimum` (so at least two bands are shown), at most 100.
 */
export function axisMax(values: Iterable<number | null | undefined>, scale: BandScale = DEFAULT_BAND_SCALE, minimum = 40): number {
  let highest = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && v > highest) highest = v;
  const target = Math.max(minimum, highest * 1.1);
  const boundaries = [...scale.slice(1).map((b) => b.lowerBound), 100];
  return boundaries.find((b) => b >= target) ?? 100;
}
