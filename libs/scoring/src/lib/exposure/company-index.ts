import { DEFAULT_BAND_SCALE, classifyBand, type BandScale } from '../bands/band-scale';
import { computeIndex, type CompactIndexSeries } from '../composite/composite-index';
import { normalisedWeights } from '../composite/covered-weights';
import type { AggregationOptions } from '../composite/aggregation';
import type { WeightMap } from '../composite/weights';
import { ScoringParameterError } from '../errors';
import { dayIndex, type ScoredHistory } from '../model/series';
import { DEFAULT_EXPOSURE_RULE, exposureFactors, type ExposureFactor, type ExposureRule } from './exposure-rule';
import { validateFootprint, type Footprint } from './footprint';

/** w'_i = w_i · e_i: the country weights times the footprint's exposure factors. */
export function companyWeights(countryWeights: WeightMap, factors: readonly ExposureFactor[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of factors) out[f.indicatorKey] = (countryWeights[f.indicatorKey] ?? 0) * f.factor;
  return out;
}

export interface CompanyIndexSeries {
  readonly factors: readonly ExposureFactor[];
  readonly weights: Record<string, number>;
  readonly country: CompactIndexSeries;
  readonly company: CompactIndexSeries;
}

/**
 * The country index and the company index of a footprint over the same scored history: one set of
 * indicator scores, two weightings (country weights w, company weights w·e).
 * @throws ScoringParameterError for an invalid footprint or rule; InvalidWeightsError for bad weights
 */
export function companyIndexSeries(
  history: ScoredHistory,
  countryWeights: WeightMap,
  footprint: Footprint,
  options: AggregationOptions = {},
  rule: ExposureRule = DEFAULT_EXPOSURE_RULE,
): CompanyIndexSeries {
  validateFootprint(footprint);
  const keys = history.series.map((s) => s.key);
  const factors = exposureFactors(footprint, keys, rule);
  const weights = companyWeights(countryWeights, factors);
  return { factors, weights, country: computeIndex(history, countryWeights, options), company: computeIndex(history, weights, options) };
}

/** One channel's part of the difference between the company and the country index on a day. */
export interface ChannelDifference {
  readonly indicatorKey: string;
  readonly score: number | null;
  readonly factor: number;
  /** ŵ_i of the country and of the company (0 when not covered). */
  readonly countryShare: number;
  readonly companyShare: number;
  /** c_i in index points. */
  readonly countryContribution: number;
  readonly companyContribution: number;
  /** c'_i − c_i: these sum to I' − I exactly. */
  readonly difference: number;
  /** The footprint answers that raised the factor, largest first. */
  readonly drivers: readonly string[];
}

export interface ExposureDifference {
  readonly date: string;
  readonly countryValue: number;
  readonly companyValue: number;
  readonly countryBand: string;
  readonly companyBand: string;
  /** I' − I. */
  readonly difference: number;
  /** Every channel, largest |difference| first. */
  readonly channels: readonly ChannelDifference[];
  /** Keys of the channels named in the reason (at most three, those that explain most of the difference). */
  readonly topChannels: readonly string[];
  /** Why the company index differs from the country index, in one or two sentences. */
  readonly reason: string;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const pct = (v: number) => `${Math.round(v * 100)} %`;

/**
 * Exact decomposition of the company index minus the country index on `date` into channels:
 * I' − I = Σ_i (c'_i − c_i), with c the per-indicator contributions of each index (the peak-channel
 * term included), and the stated reason naming the channels that explain most of it.
 * @param names indicator names for the sentence (keys are used where a name is missing)
 * @throws ScoringParameterError when the date is outside the series or the index has no value there
 */
export function explainExposureDifference(
  series: CompanyIndexSeries,
  date: string,
  names: Readonly<Record<string, string>> = {},
  scale: BandScale = DEFAULT_BAND_SCALE,
): ExposureDifference {
  const { country, company, factors } = series;
  const t = dayIndex(country.from, country.days, date);
  if (t < 0) throw new ScoringParameterError('date', `must be within ${country.from}..${country.to}`, date);
  const i0 = country.values[t];
  const i1 = company.values[t];
  if (Number.isNaN(i0) || Number.isNaN(i1)) throw new ScoringParameterError('date', 'the index has no value on this date', date);
  const countryShares = normalisedWeights(country, t);
  const companyShares = normalisedWeights(company, t);
  const channels = country.keys
    .map((key, i): ChannelDifference => {
      const c0 = country.contributions[i][t];
      const c1 = company.contributions[i][t];
      const s = country.scores[i][t];
      const factor = factors.find((f) => f.indicatorKey === key);
      return {
        indicatorKey: key,
        score: Number.isNaN(s) ? null : s,
        factor: factor?.factor ?? 0,
        countryShare: countryShares[i],
        companyShare: companyShares[i],
        countryContribution: Number.isNaN(c0) ? 0 : c0,
        companyContribution: Number.isNaN(c1) ? 0 : c1,
        difference: (Number.isNaN(c1) ? 0 : c1) - (Number.isNaN(c0) ? 0 : c0),
        drivers: (factor?.terms ?? []).slice(0, 2).map((term) => term.answer),
      };
    })
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
  const difference = i1 - i0;
  const top = topChannels(channels, difference);
  const countryBand = classifyBand(i0, scale)?.key ?? '';
  const companyBand = classifyBand(i1, scale)?.key ?? '';
  const unmonitored = channels.filter((c) => c.countryShare === 0 && c.factor > 0).map((c) => names[c.indicatorKey] ?? c.indicatorKey);
  let reason = reasonText(i0, i1, top, names);
  const offset = channels.find((c) => Math.sign(c.difference) === -Math.sign(difference) && Math.abs(c.difference) >= 0.5);
  if (offset && top.length > 0) {
    reason += ` Partly offset by ${names[offset.indicatorKey] ?? offset.indicatorKey} (score ${offset.score === null ? '–' : round1(offset.score)}), which carries ${pct(offset.companyShare)} of your index against ${pct(offset.countryShare)} of the country's.`;
  }
  if (unmonitored.length > 0) {
    reason += ` ${unmonitored.length} of ${channels.length} channels are left out today because nobody has reviewed their evidence for three review intervals (${unmonitored.join(', ')}); your exposure to them counts again once an analyst records a review.`;
  }
  return {
    date,
    countryValue: i0,
    companyValue: i1,
    countryBand,
    companyBand,
    difference,
    channels,
    topChannels: top.map((c) => c.indicatorKey),
    reason,
  };
}

/** The fewest channels (at most three) whose differences, largest first, explain ≥ 80 % of the total's size; one at least. */
function topChannels(channels: readonly ChannelDifference[], difference: number): ChannelDifference[] {
  const sameSign = channels.filter((c) => Math.sign(c.difference) === Math.sign(difference) && Math.abs(c.difference) >= 0.05);
  const picked: ChannelDifference[] = [];
  let explained = 0;
  for (const c of sameSign) {
    if (picked.length === 3 || (picked.length > 0 && Math.abs(explained) >= 0.8 * Math.abs(difference))) break;
    picked.push(c);
    explained += c.difference;
  }
  return picked;
}

function reasonText(i0: number, i1: number, top: readonly ChannelDifference[], names: Readonly<Record<string, string>>): string {
  const d = round1(i1 - i0);
  if (Math.abs(d) < 0.05 || top.length === 0) {
    return `Your index equals the country index (${round1(i1)}): your footprint weights the channels about as the country profile does.`;
  }
  const direction = d > 0 ? 'above' : 'below';
  const clauses = top.map((c) => {
    const name = names[c.indicatorKey] ?? c.indicatorKey;
    const score = c.score === null ? '' : `, score ${round1(c.score)}`;
    const why = c.drivers.length > 0 ? ` — ${c.drivers.join(' and ')}` : '';
    return `${name}${score} carries ${pct(c.companyShare)} of your index against ${pct(c.countryShare)} of the country's${why}`;
  });
  return `Your index is ${Math.abs(d)} points ${direction} the country index (${round1(i1)} vs ${round1(i0)}) mainly because ${clauses.join('; and ')}.`;
}
