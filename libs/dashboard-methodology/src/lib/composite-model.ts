import { IndicatorView, ProfileView } from '@kem/contracts';
import {
  alignWeights,
  attributeIndexChange,
  computeIndex,
  DEFAULT_ACTION_CATALOGUE,
  DEFAULT_BAND_SCALE,
  type ActionCatalogue,
  type AggregationMethod,
  type BandScale,
  type DueDiligenceAction,
  type ScoredHistory,
} from '@kem/scoring';
import { MONTE_CARLO_SETTINGS } from './methodology-model';

/** View models of the composite part of the methodology page: weights, re-normalisation, attribution, bands. */

export interface WeightRow {
  key: string;
  name: string;
  weight: number;
  /** w_i / Σw. */
  share: number;
}

export interface ProfileWeightsView {
  slug: string;
  name: string;
  rationale: string;
  version: number;
  method: AggregationMethod;
  note: string;
  author: string | null;
  createdAt: string;
  /** Heaviest first; indicators the version predates weigh 0. */
  rows: WeightRow[];
  total: number;
}

/**
 * A profile's served weights against today's indicators, aligned by the engine's rule as the API
 * aligns them (alignWeights).
 * Null when the profile has no active version yet.
 */
export function profileWeightsView(profile: ProfileView, indicators: readonly IndicatorView[]): ProfileWeightsView | null {
  const version = profile.activeVersion;
  if (!version) return null;
  const aligned = alignWeights(version.weights, indicators);
  const weights = indicators.map((i) => ({ key: i.key, name: i.name, weight: aligned[i.key] }));
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  // Array.prototype.sort is stable: equal weights keep the indicators' own order.
  const rows = weights.map((w) => ({ ...w, share: total > 0 ? w.weight / total : 0 })).sort((a, b) => b.weight - a.weight);
  return {
    slug: profile.slug,
    name: profile.name,
    rationale: profile.description,
    version: version.number,
    method: version.method,
    note: version.note,
    author: version.author,
    createdAt: version.createdAt,
    rows,
    total,
  };
}

export interface RenormalisationExample {
  /** The indicator without data. */
  missing: WeightRow;
  /** The heaviest other indicator, with its share before and after re-normalisation. */
  other: WeightRow;
  shareWithout: number;
  coveredTotal: number;
}

/**
 * What re-normalisation does when one indicator has no data: `missing` (a metric indicator if there
 * is one — metrics have no score before their first observation — else the lightest) drops out and
 * the heaviest other indicator's share grows to w / (Σw − w_missing).
 */
export function renormalisationExample(view: ProfileWeightsView, indicators: readonly IndicatorView[]): RenormalisationExample | null {
  const weighted = view.rows.filter((r) => r.weight > 0);
  if (weighted.length < 2) return null;
  const metricKeys = new Set(indicators.filter((i) => i.method.kind === 'metric').map((i) => i.key));
  const missing = weighted.find((r) => metricKeys.has(r.key)) ?? weighted[weighted.length - 1];
  const other = weighted.find((r) => r !== missing) as WeightRow;
  const coveredTotal = view.total - missing.weight;
  return { missing, other, coveredTotal, shareWithout: other.weight / coveredTotal };
}

export interface AttributionExample {
  method: AggregationMethod;
  base: number;
  /** Score change of `moved` while every other indicator stays at `base`. */
  moved: WeightRow;
  rise: number;
  indexChange: number;
  movedEffect: number;
  /** `entering` gets its first score `enteringScore` while the others stay at `base`. */
  entering: WeightRow;
  enteringScore: number;
  coverageChange: number;
  enteringCoverageEffect: number;
  othersCoverageEffect: number;
}

/**
 * Two small changes explained with attributeIndexChange on a synthetic two-day history under the
 * profile's weights and method: (1) one heavy indicator's score rises while the others stay, so
 * ΔI is that indicator's score effect alone; (2) an indicator gets its first score, so ΔI is all
 * coverage effect: its own contribution in, the others' shares down.
 */
export function attributionExample(
  view: ProfileWeightsView,
  indicators: readonly IndicatorView[],
  base = 40,
  rise = 20,
  enteringScore = 70,
): AttributionExample | null {
  const renormalised = renormalisationExample(view, indicators);
  if (!renormalised) return null;
  const weights = Object.fromEntries(view.rows.map((r) => [r.key, r.weight]));
  const history = (day0: (key: string) => number, day1: (key: string) => number): ScoredHistory => ({
    from: '2024-01-01',
    to: '2024-01-02',
    days: 2,
    series: view.rows.map((r) => ({ key: r.key, from: '2024-01-01', values: Float64Array.from([day0(r.key), day1(r.key)]) })),
  });
  const options = { aggregation: view.method };
  const moved = renormalised.other;
  const scoreChange = attributeIndexChange(
    computeIndex(
      history(
        () => base,
        (key) => (key === moved.key ? base + rise : base),
      ),
      weights,
      options,
    ),
    '2024-01-01',
    '2024-01-02',
  );
  const entering = renormalised.missing;
  const coverage = attributeIndexChange(
    computeIndex(
      history(
        (key) => (key === entering.key ? Number.NaN : base),
        (key) => (key === entering.key ? enteringScore : base),
      ),
      weights,
      options,
    ),
    '2024-01-01',
    '2024-01-02',
  );
  const effectOf = (key: string) => coverage.indicators.find((i) => i.key === key)?.coverageEffect ?? 0;
  return {
    method: view.method,
    base,
    moved,
    rise,
    indexChange: scoreChange.change,
    movedEffect: scoreChange.indicators.find((i) => i.key === moved.key)?.scoreEffect ?? 0,
    entering,
    enteringScore,
    coverageChange: coverage.change,
    enteringCoverageEffect: effectOf(entering.key),
    othersCoverageEffect: coverage.indicators.filter((i) => i.key !== entering.key).reduce((sum, i) => sum + i.coverageEffect, 0),
  };
}

/**
 * One standard deviation of a normalised weight ŵ under Dirichlet(c·ŵ): its marginal is
 * Beta(c·ŵ, c·(1 − ŵ)) with variance ŵ(1 − ŵ)/(c + 1).
 */
export function dirichletWeightSd(share: number, concentration: number = MONTE_CARLO_SETTINGS.weightConcentration): number {
  return Math.sqrt((share * (1 - share)) / (concentration + 1));
}

// ---------------------------------------------------------------------------------------------
// Bands
// ---------------------------------------------------------------------------------------------

export interface BandRow {
  key: string;
  label: string;
  from: number;
  /** Upper bound, exclusive except for the last band (100 inclusive). */
  to: number;
  last: boolean;
  actions: readonly DueDiligenceAction[];
}

/** The band scale with each band's range and the due-diligence actions for the index in it. */
export function bandRows(scale: BandScale = DEFAULT_BAND_SCALE, catalogue: ActionCatalogue = DEFAULT_ACTION_CATALOGUE): BandRow[] {
  return scale.map((band, i) => ({
    key: band.key,
    label: band.label,
    from: band.lowerBound,
    to: i + 1 < scale.length ? scale[i + 1].lowerBound : 100,
    last: i + 1 === scale.length,
    actions: catalogue.bandActions[band.key] ?? [],
  }));
}
