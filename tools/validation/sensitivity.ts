/**
 * Global sensitivity of the version-2 index: Monte Carlo draws that vary one parameter group at a time
 * (weights, impacts through severities ±1, saturation constants, λ, staleness), then all together.
 * Variance share of a group = Var(output | only that group varies) / Σ over groups — a first-order
 * share (interactions show as the gap between the all-groups variance and the sum). Outputs: the mean
 * index over the whole range and the index on the last day. Every draw's parameters are logged.
 */
import { writeFileSync } from 'node:fs';
import { METHOD_V2, defaultWeights, simulateIndexUncertaintyV2, type DateRange, type PreparedEvidenceV2 } from '../../libs/scoring/src';
import { mean, round, variance } from './stats';

const GROUPS = ['weights', 'impacts', 'constants', 'peakChannel', 'staleness'] as const;
type Group = (typeof GROUPS)[number];

export interface SensitivityResult {
  readonly drawsPerGroup: number;
  readonly settings: Record<string, number>;
  readonly outputs: Record<
    string,
    { variance: Record<Group | 'all', number | null>; share: Record<Group, number | null>; interactionGap: number | null }
  >;
  readonly log: string;
}

export function runSensitivity(prepared: PreparedEvidenceV2, range: DateRange, logPath: string, draws = 200): SensitivityResult {
  const lines: string[] = [];
  const settings = {
    weightConcentration: 100,
    severityShiftProbability: 2 / 3,
    saturationLogSd: 0.25,
    peakChannel: METHOD_V2.peakChannel,
    peakChannelSpread: 0.25,
  };
  const outputs: Record<string, Record<string, number[]>> = { meanIndex: {}, lastDay: {} };
  for (const group of [...GROUPS, 'all'] as const) {
    const only = (g: Group) => group === 'all' || group === g;
    const meanIndex: number[] = [];
    const lastDay: number[] = [];
    simulateIndexUncertaintyV2(prepared, range, defaultWeights(prepared.definitions), METHOD_V2.peakChannel, {
      draws,
      seed: 20261203,
      weightConcentration: settings.weightConcentration,
      severityShiftProbability: settings.severityShiftProbability,
      saturationLogSd: settings.saturationLogSd,
      peakChannelSpread: settings.peakChannelSpread,
      perturbWeights: only('weights'),
      perturbSeverity: only('impacts'),
      perturbSaturation: only('constants'),
      perturbPeakChannel: only('peakChannel'),
      perturbStaleness: only('staleness'),
      onDraw: (p, index) => {
        const m = mean(index);
        const last = index[index.length - 1];
        meanIndex.push(m);
        lastDay.push(last);
        lines.push(
          JSON.stringify({
            group,
            ...p,
            weights: p.weights.map((w) => round(w, 5)),
            saturationFactors: p.saturationFactors.map((f) => round(f, 5)),
            staleShifts: p.staleShifts.map((u) => round(u, 4)),
            peakChannel: round(p.peakChannel, 4),
            meanIndex: round(m, 4),
            lastDay: round(last, 4),
          }),
        );
      },
    });
    outputs['meanIndex'][group] = meanIndex;
    outputs['lastDay'][group] = lastDay.filter((x) => !Number.isNaN(x));
  }
  writeFileSync(logPath, lines.join('\n') + '\n');
  const result: SensitivityResult['outputs'] = {};
  for (const [name, byGroup] of Object.entries(outputs)) {
    const v = Object.fromEntries([...GROUPS, 'all'].map((g) => [g, byGroup[g].length > 1 ? variance(byGroup[g]) : null])) as Record<
      Group | 'all',
      number | null
    >;
    const total = GROUPS.reduce((s, g) => s + (v[g] ?? 0), 0);
    result[name] = {
      variance: Object.fromEntries(Object.entries(v).map(([g, x]) => [g, x === null ? null : round(x, 4)])) as Record<
        Group | 'all',
        number | null
      >,
      share: Object.fromEntries(GROUPS.map((g) => [g, total > 0 && v[g] !== null ? round((v[g] as number) / total, 3) : null])) as Record<
        Group,
        number | null
      >,
      interactionGap: v.all === null ? null : round(v.all - total, 4),
    };
  }
  return { drawsPerGroup: draws, settings, outputs: result, log: logPath };
}
