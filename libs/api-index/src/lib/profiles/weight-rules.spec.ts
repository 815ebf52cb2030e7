import { weightProblems } from './weight-rules';

const keys = ['cpc_pipeline', 'trade_russia'];

describe('weightProblems', () => {
  it('accepts one finite weight per indicator with a positive sum, zeros included', () => {
    expect(weightProblems({ cpc_pipeline: 0, trade_russia: 12.5 }, keys)).toEqual([]);
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
