/**
 * Scoring-engine benchmark (`npm run bench:scoring`): prints one JSON line per case with median and
 * 95th-percentile wall time and the median CPU time. Version 1 on synthetic data from a seeded
 * generator: 10 years of daily points, the 8 default indicators (6 event pressure, 1 stage, 1 metric)
 * and a percentile metric, 5,000 events, 500 observations; then the version-2 cases (scoring-v2.bench.ts).
 */
import {
  SeededRandom,
  computeIndex,
  prepareEvidence,
  scorePrepared,
  simulateIndexUncertainty,
  addDays,
  DEFAULT_INDICATORS,
  type EvidenceEvent,
  type IndicatorDefinition,
  type Observation,
  type WeightMap,
} from '../../libs/scoring/src';
import { measure, printLoad } from './measure';
import { benchmarkScoringV2 } from './scoring-v2.bench';

const RANGE = { from: '2016-01-01', to: '2025-12-31' };
const EVENT_START = '2014-01-01'; // some events precede the range: exercises the closed-form start
const EVENT_DAYS = 4383;
// The default indicators, plus a percentile metric (a normalisation none of them uses).
const definitions: IndicatorDefinition[] = [
  ...DEFAULT_INDICATORS,
  {
    key: 'metric_percentile',
    name: 'Metric (percentile)',
    category: 'infrastructure',
    description: 'Synthetic metric indicator.',
    method: { kind: 'metric', normalisation: { kind: 'percentile', minObservations: 5 }, direction: 'higher_is_safer', unit: 'index' },
    defaultWeight: 10,
  },
];
const metricKeys = definitions.filter((d) => d.method.kind === 'metric').map((d) => d.key);

function syntheticEvidence(seed: number): { events: EvidenceEvent[]; observations: Observation[] } {
  const rng = new SeededRandom(seed);
  const eventKeys = definitions.filter((d) => d.method.kind !== 'metric').map((d) => d.key);
  const stageKeys = new Map(
    definitions.flatMap((d) => (d.method.kind === 'stage' ? [[d.key, d.method.stages.map((stage) => stage.key)] as const] : [])),
  );
  const events = Array.from({ length: 5000 }, (_, id): EvidenceEvent => {
    const indicatorKey = eventKeys[Math.floor(rng.nextFloat() * eventKeys.length)];
    const date = addDays(EVENT_START, Math.floor(rng.nextFloat() * EVENT_DAYS));
    const ongoing = rng.nextFloat() < 0.3;
    const stages = stageKeys.get(indicatorKey);
    const staged = stages !== undefined && rng.nextFloat() < 0.05;
    return {
      id,
      indicatorKey,
      date,
      endDate: ongoing ? addDays(date, 1 + Math.floor(rng.nextFloat() * 90)) : null,
      severity: 1 + Math.floor(rng.nextFloat() * 5),
      stage: staged ? stages[Math.floor(rng.nextFloat() * stages.length)] : null,
    };
  });
  const observations = Array.from(
    { length: 500 },
    (_, i): Observation => ({
      indicatorKey: metricKeys[i % metricKeys.length],
      date: addDays(EVENT_START, Math.floor((i / 500) * EVENT_DAYS)),
      value: 5 + rng.nextFloat() * 40,
    }),
  );
  return { events, observations };
}

printLoad();
const evidence = syntheticEvidence(20251124);
const weights: WeightMap = Object.fromEntries(definitions.map((d) => [d.key, d.defaultWeight]));

measure('full-recompute', 5, 20, 50, () => computeIndex(scorePrepared(prepareEvidence(definitions, evidence), RANGE), weights));

const prepared = prepareEvidence(definitions, evidence);
const history = scorePrepared(prepared, RANGE);
const sliderRng = new SeededRandom(7);
const sliderWeights = Array.from({ length: 60 }, () =>
  Object.fromEntries(definitions.map((d) => [d.key, Math.round(sliderRng.nextFloat() * 20)])),
);
sliderWeights.forEach((w) => (w[definitions[0].key] += 1)); // positive sum
// The weights page's live preview makes this recomputation in the browser on every slider move (one frame: 16 ms).
measure('reweight', 10, 50, 2, (i) => computeIndex(history, sliderWeights[i % sliderWeights.length]));
measure('reweight-geometric', 10, 50, 16, (i) =>
  computeIndex(history, sliderWeights[i % sliderWeights.length], { aggregation: 'geometric' }),
);

measure('monte-carlo-1000-draws', 2, 20, 500, (i) => simulateIndexUncertainty(prepared, RANGE, weights, { draws: 1000, seed: i + 1 }));

benchmarkScoringV2();
