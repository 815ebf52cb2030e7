import { DEFAULT_INDICATORS } from '@kem/scoring';
import { eventRuleProblems, KnownIndicator } from './event-rules';

const indicators = new Map<string, KnownIndicator>(DEFAULT_INDICATORS.map((i) => [i.key, i]));
const stageKey = (() => {
  const method = DEFAULT_INDICATORS.find((i) => i.key === 'foreign_agent')?.method;
  return method?.kind === 'stage' ? method.stages[0].key : 'missing';
})();

describe('eventRuleProblems', () => {
  it('accepts a plain event and a stage event on the legislation indicator', () => {
    expect(eventRuleProblems({ indicatorKey: 'cpc_pipeline', date: '2022-03-22', endDate: '2022-04-10' }, indicators)).toEqual([]);
    expect(eventRuleProblems({ indicatorKey: 'foreign_agent', date: '2023-01-10', stage: stageKey }, indicators)).toEqual([]);
  });

  it('names the unknown indicator', () => {
    expect(eventRuleProblems({ indicatorKey: 'weather', date: '2022-01-01' }, indicators)).toEqual([
      expect.objectContaining({ field: 'indicatorKey', message: expect.stringContaining('unknown indicator "weather"') }),
    ]);
  });

  it('refuses stages where they mean nothing, and stages the indicator does not define', () => {
    expect(eventRuleProblems({ indicatorKey: 'cpc_pipeline', date: '2022-01-01', stage: stageKey }, indicators)[0].field).toBe('stage');
    expect(eventRuleProblems({ indicatorKey: 'foreign_agent', date: '2022-01-01', stage: 'vetoed' }, indicators)[0].message).toContain(
      'unknown stage "vetoed"',
    );
  });

  it('refuses an end before the start', () => {
    expect(eventRuleProblems({ indicatorKey: 'cpc_pipeline', date: '2022-03-22', endDate: '2022-03-21' }, indicators)).toEqual([
      { field: 'endDate', message: 'endDate must not be before date' },
    ]);
  });
});
