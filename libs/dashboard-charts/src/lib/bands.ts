import { BandDefinition, BandScale, classifyBand, DEFAULT_BAND_SCALE } from '@kem/scoring';

/** How a band looks: a solid colour for badges (with a text colour that reads on it) and a light tint for chart shading. */
export interface BandStyle {
  readonly color: string;
  /** Text on `color`, at least 4.5:1 contrast. */
  readonly text: string;
  readonly tint: string;
}

export const BAND_STYLES: Readonly<Record<string, BandStyle>> = {
  low: { color: '#2e7d32', text: '#ffffff', tint: 'rgba(46, 125, 50, 0.08)' },
  guarded: { color: '#1565c0', text: '#ffffff', tint: 'rgba(21, 101, 192, 0.08)' },
  elevated: { color: '#f9a825', text: '#000000', tint: 'rgba(249, 168, 37, 0.12)' },
  high: { color: '#e65100', text: '#000000', tint: 'rgba(230, 81, 0, 0.09)' },
  severe: { color: '#b71c1c', text: '#ffffff', tint: 'rgba(183, 28, 28, 0.09)' },
};

const FALLBACK_STYLE: BandStyle = { color: '#5f6368', text: '#ffffff', tint: 'rgba(95, 99, 104, 0.10)' };

export function bandStyle(key: string | null | undefined): BandStyle {
  return (key && BAND_STYLES[key]) || FALLBACK_STYLE;
}

/** A band as a stretch of the 0–100 axis. */
export interface BandZone extends BandDefinition {
  readonly upperBound: number;
  readonly style: BandStyle;
}

/** The bands as zones from their lower bound to the next band's (the last up to 100). */
export function bandZones(scale: BandScale = DEFAULT_BAND_SCALE): BandZone[] {
  return scale.map((band, i) => ({ ...band, upperBound: i + 1 < scale.length ? scale[i + 1].lowerBound : 100, style: bandStyle(band.key) }));
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
