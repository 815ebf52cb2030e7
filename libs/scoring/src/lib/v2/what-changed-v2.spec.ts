import { computeIndex } from '../composite/composite-index';
import type { IndicatorDefinition } from '../model/indicator';
import { event as ev, eventPressureIndicator, structuralBaseline } from '../testing/indicator-fixtures';
import { explainScoreV2 } from './explain-score-v2';
import { freshnessOnDay } from './freshness-report';
import { prepareEvidenceV2 } from './prepare-v2';
import { scorePreparedV2 } from './score-v2';
import { explainIndexChangeV2, explainIndicatorChangeV2 } from './what-changed-v2';

const def = (key: string, patch: Partial<IndicatorDefinition> = {}) =>
  eventPressureIndicator(
    key,
    { halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 8, 16] },
    { baseline: structuralBaseline(), ...patch },
  );
const structural = [
  { series: 'x', period: '2023', value: 40 },
  { series: 'x', period: '2024-01', value: 60 }, // known 2024-01-31: B 20 → 30
];

describe('what changed (version 2)', () => {
  const definitions = [def('a'), def('b', { reviewIntervalDays: 10 })];
  const events = [ev('old', 'a', '2023-12-01', 4), ev('new', 'a', '2024-02-10', 3), ev('b1', 'b', '2024-01-20', 2)];
  const prepared = prepareEvidenceV2(definitions, { events, observations: [], structural });
  const history = scorePreparedV2(prepared, { from: '2024-01-01', to: '2024-03-31' });
  const index = computeIndex(history, { a: 1, b: 1 }, { peakChannel: 0.25 });

  it('splits one indicator’s change into new evidence, fading and baseline, exactly', () => {
    const c = explainIndicatorChangeV2(prepared, 'a', '2024-01-15', '2024-02-15');
    expect(c.baseline).toBeGreaterThan(0); // B rose from 20 to 30
    expect(c.newEvidence).toBeGreaterThan(0); // the 02-10 event
    expect(c.fading).toBeLessThan(0); // the December event kept decaying
    expect(c.staleness).toBe(0);
    expect(c.newEvidence + c.fading + c.baseline + c.staleness).toBeCloseTo(c.change, 10);
  });

  it('reports pure decay as fading, not as lower risk from news', () => {
    const c = explainIndicatorChangeV2(prepared, 'a', '2024-02-15', '2024-03-15');
    expect(c.newEvidence).toBe(0);
    expect(c.fading).toBeCloseTo(c.change, 10);
  });

  it('reports the decay withheld while stale as staleness, and decay on fresh days as fading', () => {
    // b: fresh through 01-30, stale 01-31 … 02-19: its level is held, so fading and staleness cancel
    const held = explainIndicatorChangeV2(prepared, 'b', '2024-02-01', '2024-02-10');
    expect(held.fading).toBeLessThan(0);
    expect(held.staleness).toBeCloseTo(-held.fading, 10);
    expect(held.newEvidence + held.fading + held.baseline + held.staleness).toBeCloseTo(held.change, 10);
    // across the edge: 01-25 … 01-30 fresh (fading only), 01-31 … 02-05 stale (withheld)
    const across = explainIndicatorChangeV2(prepared, 'b', '2024-01-25', '2024-02-05');
    expect(across.staleness).toBeGreaterThan(0);
    expect(across.newEvidence + across.fading + across.baseline + across.staleness).toBeCloseTo(across.change, 10);
    const back = explainIndicatorChangeV2(prepared, 'b', '2024-02-05', '2024-01-25');
    expect(back.staleness).toBeCloseTo(-across.staleness, 10);
    expect(back.fading).toBeCloseTo(-across.fading, 10);
  });

  it('attributes the index change exactly, with staleness when an indicator stops being monitored', () => {
    // b: touched 01-20, stale after 01-30, unmonitored after 02-19
    const x = explainIndexChangeV2(prepared, history, index, '2024-01-25', '2024-03-01');
    const p = x.parts;
    expect(p.newEvidence + p.fading + p.baseline + p.staleness + p.reweighting).toBeCloseTo(x.change, 10);
    expect(x.indicators.find((i) => i.key === 'b')?.monitoringChanged).toBe(true);
    expect(p.staleness).not.toBe(0);
    expect(freshnessOnDay(history, '2024-03-01')?.coverage).toBe(0.5);
  });

  it('explains a score as baseline points plus event points by family', () => {
    const e = explainScoreV2(prepared, 'a', '2024-02-15');
    expect(e.baselinePoints).toBe(30);
    expect(e.baselinePoints + e.stagePoints + e.eventPoints).toBeCloseTo(e.score, 10);
    expect(e.families.reduce((s, f) => s + f.points, 0)).toBeCloseTo(e.eventPoints, 10);
    expect(e.baseline.components[0]).toMatchObject({ source: 'observation', period: '2024-01', value: 60 });
  });
});
