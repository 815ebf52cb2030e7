import { alignWeights, isValidWeight, MAX_WEIGHT, weightProblems } from './profile-weights';

const keys = ['cpc_pipeline', 'trade_russia'];

describe('weightProblems', () => {
  it('accepts one finite weight per indicator with a positive sum, zeros included', () => {
    expect(weightProblems({ cpc_pipeline: 0, trade_russia: 12.5 }, keys)).toEqual([]);
    expect(weightProblems({ cpc_pipeline: MAX_WEIGHT, trade_russia: 0 }, keys)).toEqual([]);
  });

  it.each([
    [{ cpc_pipeline: 10 }, 'weights.trade_russia', 'missing'],
    [{ cpc_pipeline: 10, trade_russia: 5, weather: 1 }, 'weights.weather', 'no such indicator'],
    [{ cpc_pipeline: -1, trade_russia: 5 }, 'weights.cpc_pipeline', 'between 0 and 100'],
    [{ cpc_pipeline: 101, trade_russia: 5 }, 'weights.cpc_pipeline', 'between 0 and 100'],
    [{ cpc_pipeline: '10', trade_russia: 5 }, 'weights.cpc_pipeline', 'finite number'],
    [{ cpc_pipeline: null, trade_russia: 5 }, 'weights.cpc_pipeline', 'finite number'],
    [{ cpc_pipeline: 0, trade_russia: 0 }, 'weights', 'positive sum'],
    [[1, 2], 'weights', 'must be an object'],
  ])('%j → %s', (weights, field, message) => {
    const problems = weightProblems(weights, keys);
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toContain(message);
  });
});

describe('isValidWeight', () => {
  it.each([0, 12.5, 100])('takes %p', (w) => expect(isValidWeight(w)).toBe(true));
  it.each([-0.1, 100.5, Number.NaN, Infinity, '10', null])('refuses %p', (w) => expect(isValidWeight(w)).toBe(false));
});

describe('alignWeights', () => {
  it('weighs an indicator added since the weights were saved 0 and drops one no longer scored', () => {
    expect(alignWeights({ cpc_pipeline: 30, csto: 10 }, [{ key: 'cpc_pipeline' }, { key: 'trade_russia' }])).toEqual({
      cpc_pipeline: 30,
      trade_russia: 0,
    });
  });
});
