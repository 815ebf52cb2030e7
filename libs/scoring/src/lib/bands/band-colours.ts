/**
 * How each risk band looks wherever it is drawn — dashboard badges and chart shading, e-mails, exported
 * images — so a band has one colour everywhere. Colour is a second cue: the band's name always goes with it.
 */
export interface BandColours {
  /** Solid colour for badges and scale bars ('#rrggbb'). */
  readonly color: string;
  /** Text on `color`, at least 4.5:1 contrast (WCAG AA). */
  readonly text: string;
  /** A light tint of `color` for shading a band's stretch of a chart behind the data. */
  readonly tint: string;
}

/** By band key of the default scale (see DEFAULT_BAND_SCALE). */
export const BAND_COLOURS: Readonly<Record<string, BandColours>> = {
  low: { color: '#2e7d32', text: '#ffffff', tint: 'rgba(46, 125, 50, 0.08)' },
  guarded: { color: '#1565c0', text: '#ffffff', tint: 'rgba(21, 101, 192, 0.08)' },
  elevated: { color: '#f9a825', text: '#000000', tint: 'rgba(249, 168, 37, 0.12)' },
  high: { color: '#e65100', text: '#000000', tint: 'rgba(230, 81, 0, 0.09)' },
  severe: { color: '#b71c1c', text: '#ffffff', tint: 'rgba(183, 28, 28, 0.09)' },
};

/** For a band key outside the default scale, or none. */
export const UNKNOWN_BAND_COLOURS: BandColours = { color: '#5f6368', text: '#ffffff', tint: 'rgba(95, 99, 104, 0.10)' };

/** The colours of band `key`; neutral grey for an unknown or missing key. */
export function bandColours(key: string | null | undefined): BandColours {
  return (key && BAND_COLOURS[key]) || UNKNOWN_BAND_COLOURS;
}
