/**
 * Property tests (fast-check) for the invariants of the methodology, over random definitions,
 * evidence and weights.
 */
import fc from 'fast-check';
import { computeIndex } from './composite/composite-index';
import { addDays } from './dates/calendar-day';
import { attributeIndexChange } from './explain/index-attribution';
import { explainIndicatorChange } from './explain/explain-indicator-change';
import { explainIndicatorScore } from './explain/explain-indicator';
import { prepareEvidence, scorePrepared } from './methods/score-indicators';
import type { Evidence, EvidenceEvent, Observation } from './model/evidence';
import type { IndicatorDefinition, ScoringMethod, SeverityImpactTable } from './model/indicator';
import { simulateIndexUncertainty } from './uncertainty/monte-carlo';

const ORIGIN = '2022-01-01';
const RANGE = { from: '2022-03-01', to: '2022-08-31' }; // 184 days; evidence starts two months earlier
const DAYS = 184;
const TOL = 1e-9;

const impactsArb: fc.Arbitrary<SeverityImpactTable> = fc
  .array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 5, maxLength: 5 })
  .map((xs) => [...xs].sort((a, b) => a - b) as unknown as SeverityImpactTable);
const pressureArb = fc.record({
  halfLifeDays: fc.double({ min: 1, max: 400, noNaN: true }),
  saturation: fc.double({ min: 0.5, max: 40, noNaN: true }),
  impacts: impactsArb,
});
const methodArb: fc.Arbitrary<ScoringMethod> = fc.oneof(
  pressureArb.map((p) => ({ kind: 'event_pressure' as const, ...p })),
  fc
    .record({ enforcement: pressureArb, levels: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }) })
    .map(({ enforcement, levels }) => ({
      kind: 'stage' as const,
      stages: levels.map((level, i) => ({ key: `s${i}`, label: `Stage ${i}`, level })),
      enforcement,
    })),
  fc
    .record({
      lo: fc.double({ min: -50, max: 50, noNaN: true }),
      width: fc.double({ min: 0.1, max: 100, noNaN: true }),
      percentile: fc.boolean(),
      safer: fc.boolean(),
    })
    .map(({ lo, width, percentile, safer }) => ({
      kind: 'metric' as const,
      normalisation: percentile ? { kind: 'percentile' as const, minObservations: 2 } : { kind: 'goalposts' as const, lo, hi: lo + width },
      direction: safer ? ('higher_is_safer' as const) : ('higher_is_riskier' as const),
      unit: '',
    })),
);

const definitionsArb = fc.array(methodArb, { minLength: 1, maxLength: 5 }).map((methods) =>
  methods.map(
    (method, i): IndicatorDefinition => ({
      key: `k${i}`,
      name: `K${i}`,
      category: 'security',
      description: '.',
      method,
      defaultWeight: 1,
    }),
  ),
);

const rawEventArb = fc.record({
  indicator: fc.nat(),
  day: fc.integer({ min: 0, max: 250 }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
  severity: fc.integer({ min: 1, max: 5 }),
  stage: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
});
const rawObservationArb = fc.record({
  indicator: fc.nat(),
  day: fc.integer({ min: 0, max: 250 }),
  value: fc.double({ min: -100, max: 200, noNaN: true }),
});

/** Random definitions with evidence that fits them. */
const scenarioArb = fc
  .tuple(definitionsArb, fc.array(rawEventArb, { maxLength: 40 }), fc.array(rawObservationArb, { maxLength: 15 }))
  .map(([definitions, rawEvents, rawObservations]) => {
    const events = rawEvents.map((e, id): EvidenceEvent => {
      const definition = definitions[e.indicator % definitions.length];
      return {
        id,
        indicatorKey: definition.key,
        date: addDays(ORIGIN, e.day),
        endDate: e.length > 0 ? addDays(ORIGIN, e.day + e.length) : null,
        severity: e.severity,
        stage: definition.method.kind === 'stage' && e.stage !== null ? `s${e.stage}` : null,
      };
    });
    const observations = rawObservations.map(
      (o): Observation => ({
        indicatorKey: definitions[o.indicator % definitions.length].key,
        date: addDays(ORIGIN, o.day),
        value: o.value,
      }),
    );
    return { definitions, evidence: { events, observations } as Evidence };
  });

const weightsFor = (definitions: IndicatorDefinition[], raw: number[]) =>
  Object.fromEntries(definitions.map((d, i) => [d.key, i === 0 ? raw[i % raw.length] + 0.5 : raw[i % raw.length]]));
// 0 or a real weight (a subnormal weight would underflow to 0 when scaled, changing coverage)
const weightsArb = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 50, noNaN: true })), { minLength: 1, maxLength: 5 });
const aggregationArb = fc.constantFrom('arithmetic' as const, 'geometric' as const);
const dayArb = fc.integer({ min: 0, max: DAYS - 1 });

describe('invariants', () => {
  it('every indicator score lies in [0, 100] (or is NaN before a metric’s first observation)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ definitions, evidence }) => {
        const history = scorePrepared(prepareEvidence(definitions, evidence), RANGE);
        history.series.forEach((series, i) => {
          for (const s of series.values) {
            if (Number.isNaN(s)) expect(definitions[i].method.kind).toBe('metric');
            else expect(s >= 0 && s <= 100).toBe(true);
          }
        });
      }),
    );
  });

  it('the index lies between the smallest and largest covered component, and contributions sum to it', () => {
    fc.assert(
      fc.property(scenarioArb, weightsArb, aggregationArb, ({ definitions, evidence }, raw, aggregation) => {
        const index = computeIndex(scorePrepared(prepareEvidence(definitions, evidence), RANGE), weightsFor(definitions, raw), {
          aggregation,
        });
        for (let t = 0; t < index.days; t++) {
          const covered = index.keys.map((_, i) => i).filter((i) => !Number.isNaN(index.contributions[i][t]));
          if (covered.length === 0) {
            expect(index.values[t]).toBeNaN();
            continue;
          }
          const scores = covered.map((i) => index.scores[i][t]);
          expect(index.values[t]).toBeGreaterThanOrEqual(Math.min(...scores) - TOL);
          expect(index.values[t]).toBeLessThanOrEqual(Math.max(...scores) + TOL);
          const sum = covered.reduce((acc, i) => acc + index.contributions[i][t], 0);
          expect(Math.abs(sum - index.values[t])).toBeLessThanOrEqual(TOL);
        }
      }),
    );
  });

  it('scaling all weights by the same factor changes nothing', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        weightsArb,
        aggregationArb,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        ({ definitions, evidence }, raw, aggregation, factor) => {
          const history = scorePrepared(prepareEvidence(definitions, evidence), RANGE);
          const weights = weightsFor(definitions, raw);
          const scaled = Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w * factor]));
          const a = computeIndex(history, weights, { aggregation });
          const b = computeIndex(history, scaled, { aggregation });
          a.values.forEach((v, t) =>
            Number.isNaN(v) ? expect(b.values[t]).toBeNaN() : expect(Math.abs(b.values[t] - v)).toBeLessThanOrEqual(TOL),
          );
        },
      ),
    );
  });

  it('adding an event never lowers its indicator’s scores (event pressure, stage enforcement)', () => {
    fc.assert(
      fc.property(scenarioArb, rawEventArb, ({ definitions, evidence }, extra) => {
        const target = definitions[extra.indicator % definitions.length];
        fc.pre(target.method.kind !== 'metric');
        const added: EvidenceEvent = {
          id: 'extra',
          indicatorKey: target.key,
          date: addDays(ORIGIN, extra.day),
          endDate: addDays(ORIGIN, extra.day + extra.length),
          severity: extra.severity,
          stage: null, // a stage event may lower the level (withdrawn): only enforcement / pressure events here
        };
        const i = definitions.indexOf(target);
        const before = scorePrepared(prepareEvidence(definitions, evidence), RANGE).series[i].values;
        const after = scorePrepared(prepareEvidence(definitions, { ...evidence, events: [...evidence.events, added] }), RANGE).series[i]
          .values;
        before.forEach((s, t) => expect(after[t]).toBeGreaterThanOrEqual(s - TOL));
      }),
    );
  });

  it('the attribution of an index change sums exactly to the change, also across coverage changes', () => {
    fc.assert(
      fc.property(scenarioArb, weightsArb, aggregationArb, dayArb, dayArb, ({ definitions, evidence }, raw, aggregation, t0, t1) => {
        const index = computeIndex(scorePrepared(prepareEvidence(definitions, evidence), RANGE), weightsFor(definitions, raw), {
          aggregation,
        });
        fc.pre(!Number.isNaN(index.values[t0]) && !Number.isNaN(index.values[t1]));
        const result = attributeIndexChange(index, addDays(RANGE.from, t0), addDays(RANGE.from, t1));
        const sum = result.indicators.reduce((acc, i) => acc + i.change, 0);
        expect(Math.abs(sum - result.change)).toBeLessThanOrEqual(TOL);
        for (const i of result.indicators) expect(Math.abs(i.scoreEffect + i.coverageEffect - i.change)).toBeLessThanOrEqual(TOL);
      }),
    );
  });

  it('event drivers sum to the indicator score and to its change', () => {
    fc.assert(
      fc.property(scenarioArb, dayArb, dayArb, ({ definitions, evidence }, t0, t1) => {
        const prepared = prepareEvidence(definitions, evidence);
        const [d0, d1] = [addDays(RANGE.from, t0), addDays(RANGE.from, t1)];
        for (const { key } of definitions) {
          const at = explainIndicatorScore(prepared, key, d1, { limit: 3 });
          if (at.score !== null)
            expect(Math.abs(at.drivers.reduce((a, d) => a + d.points, at.remainder) - at.score)).toBeLessThanOrEqual(TOL);
          const change = explainIndicatorChange(prepared, key, d0, d1);
          if (change.change !== null)
            expect(Math.abs(change.drivers.reduce((a, d) => a + d.points, 0) - change.change)).toBeLessThanOrEqual(1e-7);
        }
      }),
    );
  });

  it('Monte Carlo with nothing perturbed (q = 0, fixed weights) reproduces the index', () => {
    fc.assert(
      fc.property(scenarioArb, weightsArb, aggregationArb, ({ definitions, evidence }, raw, aggregation) => {
        const prepared = prepareEvidence(definitions, evidence);
        const weights = weightsFor(definitions, raw);
        const index = computeIndex(scorePrepared(prepared, RANGE), weights, { aggregation });
        const options = { draws: 2, perturbWeights: false, severityShiftProbability: 0 };
        const { p50 } = simulateIndexUncertainty(prepared, RANGE, weights, options, { aggregation });
        index.values.forEach((v, t) =>
          Number.isNaN(v) ? expect(p50[t]).toBeNaN() : expect(Math.abs(p50[t] - v)).toBeLessThanOrEqual(TOL),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('the same seed gives the same Monte Carlo result', () => {
    fc.assert(
      fc.property(scenarioArb, weightsArb, fc.integer(), ({ definitions, evidence }, raw, seed) => {
        const prepared = prepareEvidence(definitions, evidence);
        const run = () => simulateIndexUncertainty(prepared, RANGE, weightsFor(definitions, raw), { draws: 20, seed });
        expect(run()).toEqual(run());
      }),
      { numRuns: 30 },
    );
  });
});
