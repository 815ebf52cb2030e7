/**
 * Version-2 scoring benchmark (figures only, no assertions): one JSON line per case with the median
 * and 95th-percentile wall time against its target, printed by `npm run bench:scoring`.
 * Synthetic evidence from a seeded generator on the default version-2 indicators (with baselines,
 * families, statuses, reviews and structural series), plus a scale case of 30 indicators.
 */
import {
  METHOD_V2,
  SeededRandom,
  addDays,
  computeIndex,
  defaultWeights,
  prepareEvidenceV2,
  scorePreparedV2,
  simulateIndexUncertaintyV2,
  type EventStatus,
  type Evidence,
  type EvidenceEvent,
  type IndicatorDefinition,
  type StructuralObservation,
} from '../../libs/scoring/src';
import { measure } from './measure';

const RANGE = { from: '2016-01-01', to: '2025-12-31' };
const STATUSES: (EventStatus | null)[] = ['ongoing', 'ended', 'unknown', null];

function syntheticEvidence(
  definitions: readonly IndicatorDefinition[],
  count: number,
  start: string,
  spanDays: number,
  seed: number,
): Evidence {
  const rng = new SeededRandom(seed);
  const keys = definitions.map((d) => d.key);
  const events: EvidenceEvent[] = [];
  for (let id = 0; id < count; id++) {
    const indicatorKey = keys[Math.floor(rng.nextFloat() * keys.length)];
    const date = addDays(start, Math.floor(rng.nextFloat() * spanDays));
    const status = STATUSES[Math.floor(rng.nextFloat() * STATUSES.length)];
    const followUp = id > 10 && rng.nextFloat() < 0.2;
    events.push({
      id,
      indicatorKey,
      date,
      endDate: status === 'ended' && rng.nextFloat() < 0.5 ? addDays(date, 1 + Math.floor(rng.nextFloat() * 60)) : null,
      severity: 1 + Math.floor(rng.nextFloat() * 5),
      status: status === 'ongoing' && rng.nextFloat() < 0.8 ? 'ended' : status, // keep open events rare
      parentId: followUp ? Math.floor(rng.nextFloat() * id) : null,
      recordedAt: rng.nextFloat() < 0.3 ? addDays(date, Math.floor(rng.nextFloat() * 20)) : null,
    });
  }
  const reviews = keys.flatMap((indicatorKey) =>
    Array.from({ length: Math.floor(spanDays / 30) }, (_, i) => ({
      indicatorKey,
      date: addDays(start, i * 30 + Math.floor(rng.nextFloat() * 10)),
    })),
  );
  const series = [...new Set(definitions.flatMap((d) => d.baseline?.components.map((c) => c.series) ?? []))];
  const structural: StructuralObservation[] = series.flatMap((s) =>
    Array.from({ length: 14 }, (_, i) => ({ series: s, period: String(2012 + i), value: rng.nextFloat() * 60 - 2.5 })),
  );
  return { events, observations: [], reviews, structural };
}

/** Prints the version-2 cases (called by scoring.bench.ts, after the version-1 cases). */
export function benchmarkScoringV2(): void {
  const definitions = METHOD_V2.indicators;
  const weights = defaultWeights(definitions);
  const evidence = syntheticEvidence(definitions, 5000, '2014-01-01', 4383, 20261203);

  measure('v2-full-recompute-10y-8-indicators', 5, 20, 50, () =>
    computeIndex(scorePreparedV2(prepareEvidenceV2(definitions, evidence, { asOf: RANGE.to }), RANGE), weights, {
      peakChannel: METHOD_V2.peakChannel,
    }),
  );

  const prepared = prepareEvidenceV2(definitions, evidence, { asOf: RANGE.to });
  const history = scorePreparedV2(prepared, RANGE);
  const sliderRng = new SeededRandom(7);
  const sliders = Array.from({ length: 60 }, () =>
    Object.fromEntries(definitions.map((d) => [d.key, 1 + Math.round(sliderRng.nextFloat() * 20)])),
  );
  measure('v2-reweight', 10, 50, 2, (i) => computeIndex(history, sliders[i % sliders.length], { peakChannel: 0.25 }));
  // what the admin page's live preview computes on each slider move, with the slower (geometric) mean;
  // the chart redraw is timed in the browser, on the page itself
  measure('v2-preview-frame-geometric', 10, 50, 16, (i) =>
    computeIndex(history, sliders[i % sliders.length], { aggregation: 'geometric', peakChannel: 0.25 }),
  );

  measure('v2-monte-carlo-1000-draws', 2, 10, 500, (i) =>
    simulateIndexUncertaintyV2(prepared, RANGE, weights, METHOD_V2.peakChannel, { draws: 1000, seed: i + 1 }),
  );

  // scale: 100,000 events over 12 years, 30 indicators (the defaults cloned with new keys)
  const scaleDefinitions: IndicatorDefinition[] = Array.from({ length: 30 }, (_, i) => ({
    ...definitions[i % definitions.length],
    key: `indicator_${i}`,
  }));
  const scaleEvidence = syntheticEvidence(scaleDefinitions, 100_000, '2014-01-01', 4383, 42);
  const scaleWeights = defaultWeights(scaleDefinitions);
  measure('v2-scale-100k-events-12y-30-indicators', 1, 5, 1000, () =>
    computeIndex(
      scorePreparedV2(prepareEvidenceV2(scaleDefinitions, scaleEvidence, { asOf: '2025-12-31' }), { from: '2014-01-01', to: '2025-12-31' }),
      scaleWeights,
      { peakChannel: 0.25 },
    ),
  );
}
