import { defaultWeights } from '../composite/weights';
import { daysBetween } from '../dates/calendar-day';
import { METHOD_V2 } from '../defaults/methods';
import { EMPTY_FOOTPRINT } from '../exposure/footprint';
import type { Evidence } from '../model/evidence';
import { projectScenario } from './project-scenario';
import { REPLAY_PRESETS, replayAsKnownOn } from './replay';
import { validateScenario } from './scenario';
import { SCENARIO_PRESETS, instantiatePreset } from './scenario-presets';

const definitions = METHOD_V2.indicators;
const weights = defaultWeights(definitions);
const today = '2026-12-03';
const evidence: Evidence = {
  events: [
    { id: 1, indicatorKey: 'cpc_pipeline', date: '2025-11-29', endDate: '2026-01-25', severity: 5, status: 'ended' },
    {
      id: 2,
      indicatorKey: 'internal_unrest',
      date: '2022-01-05',
      endDate: '2022-01-10',
      severity: 5,
      status: 'ended',
      recordedAt: '2022-01-05',
    },
    // learned only a month later
    {
      id: 3,
      indicatorKey: 'csto_military',
      date: '2022-01-06',
      endDate: '2022-01-19',
      severity: 5,
      status: 'ended',
      recordedAt: '2022-02-06',
    },
  ],
  observations: [],
  reviews: definitions.flatMap((d) => [
    { indicatorKey: d.key, date: '2021-12-20' },
    { indicatorKey: d.key, date: '2026-11-20' },
  ]),
};
const options = { today, horizonMonths: 12, weights, aggregation: { peakChannel: 0.25 } };
const cpc = instantiatePreset(SCENARIO_PRESETS.find((p) => p.key === 'cpc-stoppage-8w')!, today);

describe('scenario projection', () => {
  it('projects at least 12 months past today, and the CPC stoppage rises above the baseline then returns towards it', () => {
    const p = projectScenario(definitions, evidence, cpc, options);
    expect(p.to).toBe('2027-12-03');
    const at = (day: string) => daysBetween(p.from, day);
    const inOutage = at('2026-12-20');
    expect(p.country.path.scenario[inOutage]! - p.country.path.baseline[inOutage]!).toBeGreaterThan(5);
    // before today the two paths are the same evidence
    expect(p.country.path.scenario[at('2026-11-01')]).toBe(p.country.path.baseline[at('2026-11-01')]);
    expect(p.country.maxDifference).toBeGreaterThan(5);
    expect(p.country.path.scenario.length).toBe(at(p.to) + 1);
    const cpcProjection = p.indicators.find((i) => i.key === 'cpc_pipeline')!;
    expect(cpcProjection.scenarioPeak!).toBeGreaterThan(cpcProjection.baselinePeak!);
    expect(p.country.crossings.find((c) => c.series === 'cpc_pipeline')).toMatchObject({ date: today, scenarioBand: 'high' });
    expect(p.country.triggeredActions.map((a) => a.id)).toContain('cpc_pipeline.impact');
  });

  it('keeps the baseline path fresh: no indicator drops out of the projection', () => {
    const p = projectScenario(definitions, evidence, cpc, options);
    const fromToday = p.country.path.baseline.slice(180);
    expect(fromToday.length).toBeGreaterThan(365);
    expect(fromToday.every((v) => v !== null)).toBe(true);
  });

  it('projects the footprint beside the country; an empty footprint follows the country path', () => {
    const p = projectScenario(definitions, evidence, cpc, { ...options, footprint: EMPTY_FOOTPRINT });
    expect(p.company!.path.scenario).toEqual(p.country.path.scenario);
    const exporter = projectScenario(definitions, evidence, cpc, { ...options, footprint: { ...EMPTY_FOOTPRINT, exportRouteShare: 90 } });
    expect(exporter.company!.maxDifference).toBeGreaterThan(exporter.country.maxDifference);
  });

  it('holds an indicator at a level over a window', () => {
    const hold = { events: [], holds: [{ indicatorKey: 'trade_russia', level: 90, from: today, to: '2027-01-31' }] };
    const p = projectScenario(definitions, evidence, hold, options);
    expect(p.indicators.find((i) => i.key === 'trade_russia')!.scenarioPeak).toBe(90);
  });

  it('lays the index’s Monte Carlo band around the projected path from today, for the country and the company', () => {
    const uncertainty = { draws: 60, seed: 7 };
    const footprint = { ...EMPTY_FOOTPRINT, exportRouteShare: 90 };
    const p = projectScenario(definitions, evidence, cpc, { ...options, footprint, uncertainty });
    const todayAt = daysBetween(p.from, today);
    for (const summary of [p.country, p.company!]) {
      const { lower, upper } = summary.band!;
      expect(lower).toHaveLength(summary.path.scenario.length);
      expect(upper).toHaveLength(summary.path.scenario.length);
      // history before today is evidence, not a projection: no band there
      expect(lower.slice(0, todayAt).every((v) => v === null)).toBe(true);
      for (let t = todayAt; t < lower.length; t++) {
        expect(lower[t]!).toBeLessThanOrEqual(summary.path.scenario[t]!);
        expect(upper[t]!).toBeGreaterThanOrEqual(summary.path.scenario[t]!);
      }
      const widths = lower.slice(todayAt).map((l, i) => upper[todayAt + i]! - l!);
      expect(Math.max(...widths)).toBeGreaterThan(1);
    }
    // a held level is written over the scores: the band stays around the held path
    const hold = { events: [], holds: [{ indicatorKey: 'trade_russia', level: 90, from: today, to: '2027-01-31' }] };
    const held = projectScenario(definitions, evidence, hold, { ...options, uncertainty });
    const t = todayAt + 10;
    expect(held.country.band!.lower[t]!).toBeLessThanOrEqual(held.country.path.scenario[t]!);
    expect(held.country.band!.upper[t]!).toBeGreaterThanOrEqual(held.country.path.scenario[t]!);
    expect(projectScenario(definitions, evidence, cpc, options).country.band).toBeNull();
  });

  it('validates scenarios naming the field', () => {
    expect(() => validateScenario({ events: [{ ...cpc.events[0], severity: 6 }], holds: [] }, definitions, today, 12)).toThrow(
      /events\[0\]\.severity/,
    );
    expect(() => validateScenario({ events: [{ ...cpc.events[0], start: '2031-01-01' }], holds: [] }, definitions, today, 12)).toThrow(
      /events\[0\]\.start/,
    );
    expect(() => validateScenario({ events: [{ ...cpc.events[0], stage: 'adopted' }], holds: [] }, definitions, today, 12)).toThrow(
      /events\[0\]\.stage/,
    );
    expect(() => validateScenario(cpc, definitions, today, 6)).toThrow(/horizonMonths/);
    expect(() => validateScenario({ events: [], holds: [] }, definitions, today, 12)).toThrow(/events/);
  });

  it('instantiates every preset into a valid scenario with a rationale citing a seed article', () => {
    for (const preset of SCENARIO_PRESETS) {
      expect(preset.rationale).toMatch(/seed 00\d/);
      expect(() => validateScenario(instantiatePreset(preset, today), definitions, today, 12)).not.toThrow();
    }
    const law = projectScenario(
      definitions,
      evidence,
      instantiatePreset(SCENARIO_PRESETS.find((p) => p.key === 'foreign-agent-law-adopted')!, today),
      options,
    );
    expect(law.indicators.find((i) => i.key === 'foreign_agent')!.scenarioPeak!).toBeGreaterThan(
      law.indicators.find((i) => i.key === 'foreign_agent')!.baselinePeak!,
    );
  });
});

describe('replay', () => {
  it('uses only the evidence recorded by the day, and shows what hindsight adds', () => {
    const r = replayAsKnownOn(definitions, evidence, '2022-01-07', { today, weights, aggregation: { peakChannel: 0.25 } });
    expect(r.eventsKnown).toBe(1);
    expect(r.eventsLearnedLater).toBe(1);
    expect(r.hindsight.value!).toBeGreaterThan(r.value!);
    expect(r.scores['internal_unrest']).toBeGreaterThan(r.scores['csto_military']);
    expect(r.digest.headline).toMatch(/^Kazakhstan exposure on 2022-01-07: [\d.]+ /);
    expect(r.series.asKnown.length).toBe(91);
    expect(r.alerts.some((a) => a.kind === 'rise_week')).toBe(true);
  });

  it('refuses a day in the future or before the history', () => {
    expect(() => replayAsKnownOn(definitions, evidence, '2027-01-01', { today, weights })).toThrow(/date/);
    expect(() => replayAsKnownOn(definitions, evidence, '2010-01-01', { today, weights })).toThrow(/date/);
  });

  it('has presets for January 2022, the 2022 CPC halts and the 2025 strikes', () => {
    expect(new Set(REPLAY_PRESETS.map((p) => p.episode))).toEqual(new Set(['January 2022', '2022 CPC halts', '2025 strikes on CPC']));
  });
});
