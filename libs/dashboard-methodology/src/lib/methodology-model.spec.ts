import { MetricMethod, StageMethod } from '@kem/scoring';
import { present } from '@kem/dashboard-core/testing';
import { INDICATORS, profile } from '../testing/methodology-fixtures';
import { attributionExample, bandRows, dirichletWeightSd, profileWeightsView, renormalisationExample } from './composite-model';
import { eventPressureExample, exampleStage, indicatorMethodViews, metricExample, stageExample } from './methodology-model';

const stageMethod = INDICATORS[1].method as StageMethod;
const goalposts = INDICATORS[2].method as MetricMethod;

describe('eventPressureExample', () => {
  it('holds full impact while under way, then halves every h days and saturates with k', () => {
    const example = eventPressureExample({ halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] });
    expect(example).toMatchObject({ severity: 4, severityLabel: 'Major', impact: 8 });
    const [during, after60, after365] = example.points;
    // under way: x = 8, s = 100·(1 − e^(−1)) = 63.21 → High
    expect(during.daysAfterEnd).toBeNull();
    expect(during.pressure).toBe(8);
    expect(during.score).toBeCloseTo(63.212, 3);
    expect(during.band).toBe('High');
    // 60 days after the end: x = 8·2^(−60/60) = 4, s = 100·(1 − e^(−0.5)) = 39.35 → Guarded
    expect(after60).toMatchObject({ daysAfterEnd: 60, pressure: 4, band: 'Guarded' });
    expect(after60.score).toBeCloseTo(39.347, 3);
    // a year after: x = 8·2^(−365/60) = 0.1179
    expect(after365.pressure).toBeCloseTo(8 * 2 ** (-365 / 60), 12);
  });
});

describe('stageExample', () => {
  it('takes the stage with the middle level and adds one decaying enforcement event', () => {
    expect(exampleStage(stageMethod.stages)?.key).toBe('first_reading'); // levels 10, 25, 55, 70 → 55
    const example = stageExample(stageMethod);
    // x = p(3)·2^(−30/180) = 4·0.8909 = 3.5636; s = 55 + 45·(1 − e^(−0.35636)) = 55 + 45·0.29976 = 68.49
    expect(example?.pressure).toBeCloseTo(3.5636, 4);
    expect(example?.levelScore).toBe(55);
    expect(example?.score).toBeCloseTo(68.49, 2);
    expect(example?.band).toBe('High');
  });

  it('has nothing to show for a method without stages', () => {
    expect(stageExample({ ...stageMethod, stages: [] })).toBeNull();
  });
});

describe('metricExample', () => {
  it('scores a value 70 % of the way between the goalposts, turned round when higher is safer', () => {
    expect(metricExample(goalposts)).toMatchObject({ kind: 'goalposts', value: 31, score: 70, band: 'High' });
    expect(metricExample({ ...goalposts, direction: 'higher_is_safer' })).toMatchObject({ value: 31, normalised: 70, score: 30 });
  });

  it('scores the mid-rank percentile of a value above all but one earlier observation', () => {
    // 10, 20, 30, 40 then 35: 3 below, 1 equal (itself), n = 5 → (3 + ½)/5 = 70 %
    const percentile: MetricMethod = { ...goalposts, normalisation: { kind: 'percentile', minObservations: 3 } };
    expect(metricExample(percentile)).toMatchObject({
      kind: 'percentile',
      earlier: [10, 20, 30, 40],
      value: 35,
      below: 3,
      count: 5,
      score: 70,
    });
    // a longer minimum history gets a longer example, never an unscored one
    const long = metricExample({ ...percentile, normalisation: { kind: 'percentile', minObservations: 8 } });
    expect(long).toMatchObject({ count: 8, below: 6 });
    expect(long.score).toBeCloseTo((6.5 / 8) * 100, 10);
  });
});

describe('indicatorMethodViews', () => {
  it('gives each indicator its default share and its catalogue actions with band labels', () => {
    const views = indicatorMethodViews([...INDICATORS, { ...INDICATORS[0], key: 'no_rules', defaultWeight: 0 }]);
    // default weights 18, 12 and 15: 45 in all
    expect(views.map((v) => v.defaultShare)).toEqual([18 / 45, 12 / 45, 15 / 45, 0]);
    expect(views[0].actions.map((a) => a.minBand)).toEqual(['High or above', 'Severe']);
    expect(views[0].actions[0].actions.map((a) => a.id)).toContain('cpc_pipeline.routes');
    expect(views[3].actions).toEqual([]);
    expect(views[2].method).toMatchObject({ kind: 'metric', series: 'russia_trade_share' });
  });
});

describe('profile weights', () => {
  const weights = { cpc_pipeline: 30, trade_russia: 70, removed_indicator: 99 };
  const view = profileWeightsView(profile('p', 'P', weights), INDICATORS);

  it('aligns the served weights with today’s indicators, heaviest first, with shares of the total', () => {
    // foreign_agent was added after the version: weight 0; removed_indicator is dropped
    expect(view?.rows.map((r) => [r.key, r.weight, r.share])).toEqual([
      ['trade_russia', 70, 0.7],
      ['cpc_pipeline', 30, 0.3],
      ['foreign_agent', 0, 0],
    ]);
    expect(view?.total).toBe(100);
    expect(view).toMatchObject({ version: 3, method: 'arithmetic', rationale: 'Why P weighs like this.' });
  });

  it('is null for a profile without an active version', () => {
    expect(profileWeightsView(profile('p', 'P', weights, { activeVersion: null }), INDICATORS)).toBeNull();
  });

  it('re-normalises the others when the metric indicator has no data', () => {
    const example = renormalisationExample(present(view), INDICATORS);
    // trade (70) drops out: the covered weights sum to 30 and CPC's share rises from 30 % to 100 %
    expect(example).toMatchObject({ missing: { key: 'trade_russia' }, other: { key: 'cpc_pipeline' }, coveredTotal: 30, shareWithout: 1 });
  });

  it('attributes a score rise to its indicator and a first score to coverage, exactly', () => {
    const defaults = present(profileWeightsView(profile('d', 'D', { cpc_pipeline: 30, foreign_agent: 20, trade_russia: 50 }), INDICATORS));
    const example = present(attributionExample(defaults, INDICATORS));
    // CPC (the heaviest besides trade) +20 with the others at 40: ΔI = 0.3·20 = 6, all score effect
    expect(example.moved.key).toBe('cpc_pipeline');
    expect(example.indexChange).toBeCloseTo(6, 12);
    expect(example.movedEffect).toBeCloseTo(6, 12);
    // trade enters at 70: I goes from 40 to 0.5·70 + 0.5·40 = 55; trade +35, the others −20
    expect(example.entering.key).toBe('trade_russia');
    expect(example.coverageChange).toBeCloseTo(15, 12);
    expect(example.enteringCoverageEffect).toBeCloseTo(35, 12);
    expect(example.othersCoverageEffect).toBeCloseTo(-20, 12);
  });

  it('attributes under the geometric mean too, the parts still adding up to the change', () => {
    const geometric = {
      ...present(profileWeightsView(profile('g', 'G', { cpc_pipeline: 30, foreign_agent: 20, trade_russia: 50 }), INDICATORS)),
      method: 'geometric' as const,
    };
    const example = present(attributionExample(geometric, INDICATORS));
    expect(example.method).toBe('geometric');
    expect(example.movedEffect).toBeCloseTo(example.indexChange, 10);
    expect(example.enteringCoverageEffect + example.othersCoverageEffect).toBeCloseTo(example.coverageChange, 10);
  });
});

describe('dirichletWeightSd and bandRows', () => {
  it('gives the standard deviation of a Dirichlet marginal', () => {
    expect(dirichletWeightSd(0.18)).toBeCloseTo(Math.sqrt((0.18 * 0.82) / 101), 12);
    expect(dirichletWeightSd(0.5, 3)).toBeCloseTo(0.25, 12);
  });

  it('lists the bands with their ranges and the catalogue’s actions', () => {
    const rows = bandRows();
    expect(rows.map((b) => [b.label, b.from, b.to, b.last])).toEqual([
      ['Low', 0, 20, false],
      ['Guarded', 20, 40, false],
      ['Elevated', 40, 60, false],
      ['High', 60, 80, false],
      ['Severe', 80, 100, true],
    ]);
    expect(rows[4].actions.map((a) => a.id)).toContain('severe.continuity');
  });
});
