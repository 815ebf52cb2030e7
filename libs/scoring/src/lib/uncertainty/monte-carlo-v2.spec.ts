import { aggregateScores, resolveAggregation, type AggregationOptions } from '../composite/aggregation';
import { computeIndex } from '../composite/composite-index';
import { ScoringParameterError } from '../errors';
import { parseDay } from '../dates/calendar-day';
import { FRESH, STALE, UNMONITORED, freshDecayClock, freshnessSeries } from '../freshness/freshness';
import { eventPressureAt } from '../methods/decaying-pressure';
import { toDayRange } from '../methods/score-indicators';
import type { Evidence } from '../model/evidence';
import { event, eventPressureIndicator, goalpostsIndicator, structuralBaseline } from '../testing/indicator-fixtures';
import { prepareEvidenceV2, type PreparedEvidenceV2 } from '../v2/prepare-v2';
import { scoreIndicatorV2, scorePreparedV2 } from '../v2/score-v2';
import { simulateIndexUncertaintiesV2, simulateIndexUncertaintyV2, type DrawParametersV2 } from './monte-carlo-v2';
import { quantile } from './quantiles';

/**
 * A small case that takes every path of the fast Monte Carlo: an event indicator on a baseline whose
 * review lapsed before the range (stale days holding the level of a day before the range start, then
 * unmonitored), families with a follow-up and an ongoing event, an indicator always fresh, and a
 * metric going stale between observations.
 */
const IMPACTS = [1, 2, 4, 8, 16] as const;
const definitions = [
  eventPressureIndicator(
    'unrest',
    { halfLifeDays: 30, saturation: 10, impacts: IMPACTS },
    {
      defaultWeight: 3,
      reviewIntervalDays: 20,
      baseline: structuralBaseline({ series: 'wgi', label: 'WGI', prior: { value: 30, note: 'assumed' } }),
    },
  ),
  eventPressureIndicator('cpc', { halfLifeDays: 60, saturation: 8, impacts: IMPACTS }, { defaultWeight: 2 }),
  goalpostsIndicator('trade', 0, 100, { reviewIntervalDays: 30 }),
];
const evidence: Evidence = {
  events: [
    event('u1', 'unrest', '2023-12-05', 4), // last touch before the range: stale from 2023-12-26, holding the level of 12-25
    event('u2', 'unrest', '2024-03-01', 3, { status: 'ongoing', endDate: '2024-03-20' }),
    event('u3', 'unrest', '2024-03-10', 5, { parentId: 'u2', status: 'unknown' }),
    event('u4', 'unrest', '2024-04-15', 2),
    event('c1', 'cpc', '2023-10-01', 5, { endDate: '2023-10-20' }), // ended before the range
    event('c2', 'cpc', '2023-12-15', 3, { status: 'ongoing' }), // held through the range
    event('c3', 'cpc', '2024-02-10', 4),
  ],
  observations: [
    { indicatorKey: 'trade', date: '2024-01-01', value: 40 },
    { indicatorKey: 'trade', date: '2024-03-01', value: 70 },
  ],
  structural: [{ series: 'wgi', period: '2023', value: 50 }],
};
const RANGE = { from: '2024-01-01', to: '2024-06-30' };
const prepared = prepareEvidenceV2(definitions, evidence);
const weights = { unrest: 3, cpc: 2, trade: 1 };

/**
 * One draw's index computed the plain way from its logged parameters: each day's pressure as the
 * closed-form sum over the impact increments (ageing on fresh days, freshDecayClock), saturation by
 * Math.exp, the stale rules from freshnessSeries, and the composite by aggregateScores.
 */
function referenceDraws(data: PreparedEvidenceV2, aggregation: AggregationOptions): (p: DrawParametersV2) => Float64Array {
  const { fromDay, days } = toDayRange(RANGE);
  const indicators = data.indicators.map((indicator) => ({
    indicator,
    scored: scoreIndicatorV2(indicator, fromDay, days),
    fresh: freshnessSeries(indicator.freshness, fromDay, days),
  }));
  return (p) => {
    const scores = indicators.map(({ indicator, scored, fresh }, i) => {
      const fam = indicator.families;
      const params = indicator.pressureParameters;
      return Float64Array.from({ length: days }, (_, t) => {
        if (fresh.state[t] === UNMONITORED) return Number.NaN;
        let v = scored.score[t];
        if (fam !== null && params !== null && fam.spans.count > 0) {
          const clock = freshDecayClock(indicator.freshness);
          let x = 0;
          for (let j = 0; j < fam.spans.count; j++) {
            const family = fam.families[fam.familyOf[j]];
            const severity = Math.min(5, Math.max(1, family.severity + p.severityShifts[i][fam.familyOf[j]]));
            const factor = params.impacts[severity - 1] / family.impact;
            x += eventPressureAt(fam.spans.start[j], fam.spans.end[j], fam.impacts[j] * factor, params.halfLifeDays, fromDay + t, clock);
          }
          const floor = scored.floor[t];
          v = floor + (100 - floor) * (1 - Math.exp(-x / (params.saturation * p.saturationFactors[i])));
        }
        if (fresh.state[t] !== FRESH) v = Math.min(100, Math.max(0, v + p.staleShifts[i] * fresh.spread[t]));
        return v;
      });
    });
    const method = resolveAggregation({ ...aggregation, peakChannel: p.peakChannel });
    return Float64Array.from({ length: days }, (_, t) =>
      aggregateScores(
        scores.map((s) => s[t]),
        p.weights,
        method,
      ),
    );
  };
}

/** Largest |a − b| over two series (NaN against NaN counts 0, NaN against a number Infinity). */
function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let largest = 0;
  for (let t = 0; t < a.length; t++) {
    const d = Number.isNaN(a[t]) && Number.isNaN(b[t]) ? 0 : Math.abs(a[t] - b[t]);
    largest = Math.max(largest, Number.isNaN(d) ? Number.POSITIVE_INFINITY : d);
  }
  return largest;
}

describe('simulateIndexUncertaintyV2', () => {
  it('holds a stale level from before the range start and has unmonitored days (the case covers those paths)', () => {
    const { fromDay, days } = toDayRange(RANGE);
    const unrest = scoreIndicatorV2(prepared.indicators[0], fromDay, days);
    const lastFresh = scoreIndicatorV2(prepared.indicators[0], parseDay('2023-12-25'), 1);
    expect(unrest.freshness[0]).toBe(STALE);
    expect(unrest.eventFraction[0]).toBeCloseTo(lastFresh.eventFraction[0], 12);
    expect(unrest.freshness).toContain(UNMONITORED);
  });

  it.each([
    ['arithmetic', { aggregation: 'arithmetic', peakChannel: 0.25 }],
    ['geometric', { aggregation: 'geometric', peakChannel: 0.4 }],
  ] as const)('gives the same draws and percentiles as a plain reference computation (%s)', (_, aggregation) => {
    const draws: Float64Array[] = [];
    const reference: Float64Array[] = [];
    const plain = referenceDraws(prepared, aggregation);
    const band = simulateIndexUncertaintyV2(prepared, RANGE, weights, aggregation, {
      draws: 40,
      seed: 7,
      onDraw: (parameters, index) => {
        draws.push(Float64Array.from(index));
        reference.push(plain(parameters));
      },
    });
    expect(draws).toHaveLength(40);
    expect(Math.max(...draws.map((index, d) => largestDifference(index, reference[d])))).toBeLessThan(1e-9);
    const days = band.p5.length;
    for (const [p, values] of [
      [0.05, band.p5],
      [0.5, band.p50],
      [0.95, band.p95],
    ] as const) {
      const plainQuantiles = Array.from({ length: days }, (_, t) =>
        quantile(
          reference.map((r) => r[t]),
          p,
        ),
      );
      expect(largestDifference(values, plainQuantiles)).toBeLessThan(1e-9);
    }
  });

  it('reproduces the index when nothing is perturbed, for either aggregation and λ', () => {
    const nothing = { draws: 3, perturbWeights: false, perturbSeverity: false, perturbSaturation: false, perturbPeakChannel: false };
    const history = scorePreparedV2(prepared, RANGE);
    for (const aggregation of [
      { aggregation: 'arithmetic', peakChannel: 0 },
      { aggregation: 'geometric', peakChannel: 0.5 },
    ] as const) {
      const index = computeIndex(history, weights, aggregation).values;
      const band = simulateIndexUncertaintyV2(prepared, RANGE, weights, aggregation, { ...nothing, perturbStaleness: false });
      index.forEach((v, t) => expect(band.p50[t]).toBeCloseTo(v, 9));
    }
  });

  it('puts a geometric profile’s band below the arithmetic one, and a larger λ above a smaller', () => {
    const options = { draws: 200, seed: 3 };
    const arithmetic = simulateIndexUncertaintyV2(prepared, RANGE, weights, { aggregation: 'arithmetic', peakChannel: 0.25 }, options);
    const geometric = simulateIndexUncertaintyV2(prepared, RANGE, weights, { aggregation: 'geometric', peakChannel: 0.25 }, options);
    const peak = simulateIndexUncertaintyV2(prepared, RANGE, weights, { aggregation: 'arithmetic', peakChannel: 0.6 }, options);
    // the same draws (same seed): the geometric mean is never above the arithmetic one, and max ≥ mean
    for (let t = 0; t < arithmetic.p50.length; t++) {
      for (const p of ['p5', 'p50', 'p95'] as const) {
        expect(geometric[p][t]).toBeLessThanOrEqual(arithmetic[p][t] + 1e-9);
        expect(peak[p][t]).toBeGreaterThanOrEqual(arithmetic[p][t] - 1e-9);
      }
    }
    // and clearly so where the indicators disagree (2024-02-12: CPC about 87, trade 40 and stale, unrest unmonitored)
    const t = 42;
    expect(arithmetic.p50[t] - geometric.p50[t]).toBeGreaterThan(1);
    expect(peak.p50[t] - arithmetic.p50[t]).toBeGreaterThan(1);
  });

  it('repeats with the same seed and refuses λ outside [0, 1] naming it', () => {
    const run = (seed: number) => simulateIndexUncertaintyV2(prepared, RANGE, weights, 0.25, { draws: 30, seed });
    expect(run(5).p95).toEqual(run(5).p95);
    expect(run(5).p95).not.toEqual(run(6).p95);
    expect(() => simulateIndexUncertaintyV2(prepared, RANGE, weights, { peakChannel: 1.5 })).toThrow(ScoringParameterError);
    expect(() => simulateIndexUncertaintyV2(prepared, RANGE, weights, 1.5)).toThrow(/peakChannel/);
  });
});

describe('simulateIndexUncertaintyV2 on a crisis that saturates its indicator', () => {
  // a report every day from 2024-01-05 to the end of the range: x/k far above 38 from mid-January
  // on, so a draw needs the pressure only of the first days (1 − e^(−x/k) rounds to 1 after them)
  const stormDays = Array.from({ length: 178 }, (_, i) => new Date(Date.UTC(2024, 0, 5 + i)).toISOString().slice(0, 10));
  const storm: Evidence = {
    ...evidence,
    events: [
      ...evidence.events,
      ...stormDays.map((day, i) => event(`s${i}`, 'storm', day, 1 + (i % 5), i % 7 === 3 ? { parentId: `s${i - 1}` } : {})),
    ],
  };
  const stormDefinitions = [
    ...definitions,
    eventPressureIndicator('storm', { halfLifeDays: 10, saturation: 1, impacts: IMPACTS }, { defaultWeight: 2 }),
  ];
  const data = prepareEvidenceV2(stormDefinitions, storm);
  const stormWeights = { ...weights, storm: 2 };
  const aggregation = { aggregation: 'arithmetic', peakChannel: 0.3 } as const;

  it('gives the draws of the plain reference computation, and the same band whether the draws are logged or not', () => {
    const { fromDay } = toDayRange(RANGE);
    const stormed = scoreIndicatorV2(data.indicators[3], fromDay, 40);
    expect(stormed.score[39]).toBe(100); // saturated by February
    const plain = referenceDraws(data, aggregation);
    const gaps: number[] = [];
    const options = { draws: 40, seed: 9 };
    const logged = simulateIndexUncertaintyV2(data, RANGE, stormWeights, aggregation, {
      ...options,
      onDraw: (parameters, index) => gaps.push(largestDifference(index, plain(parameters))),
    });
    expect(Math.max(...gaps)).toBeLessThan(1e-9);
    expect(simulateIndexUncertaintyV2(data, RANGE, stormWeights, aggregation, options)).toEqual(logged);
  });
});

describe('simulateIndexUncertaintiesV2', () => {
  it('gives each profile the band of a separate run with the same seed, drawing the indicators once', () => {
    const profiles = [
      { weights, aggregation: { aggregation: 'arithmetic', peakChannel: 0.25 } },
      { weights: { unrest: 1, cpc: 0, trade: 4 }, aggregation: { aggregation: 'geometric', peakChannel: 0.5 } },
      { weights: { unrest: 0, cpc: 1, trade: 0 }, aggregation: 0 },
    ] as const;
    const options = { draws: 50, seed: 11 };
    const together = simulateIndexUncertaintiesV2(prepared, RANGE, profiles, options);
    expect(together).toHaveLength(3);
    profiles.forEach((profile, p) => {
      const alone = simulateIndexUncertaintyV2(prepared, RANGE, profile.weights, profile.aggregation, options);
      expect(together[p]).toEqual(alone);
    });
    expect(together[0].p50).not.toEqual(together[1].p50);
  });

  it('starts from the scores the caller already has (the same bands) and refuses scores of other days', () => {
    const profiles = [{ weights, aggregation: 0.25 }];
    const options = { draws: 20, seed: 5 };
    const scored = scorePreparedV2(prepared, RANGE);
    expect(simulateIndexUncertaintiesV2(prepared, RANGE, profiles, options, {}, scored)).toEqual(
      simulateIndexUncertaintiesV2(prepared, RANGE, profiles, options),
    );
    const shorter = scorePreparedV2(prepared, { from: RANGE.from, to: '2024-05-31' });
    expect(() => simulateIndexUncertaintiesV2(prepared, RANGE, profiles, options, {}, shorter)).toThrow(ScoringParameterError);
  });
});
