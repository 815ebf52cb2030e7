import { CPC, FOREIGN_AGENT, TRADE } from '@kem/dashboard-core/testing';
import { explainMethod } from './method-explanation';

describe('explainMethod', () => {
  it('explains event pressure with its half-life, saturation and impacts, and works an example', () => {
    const m = explainMethod(CPC.method);
    expect(m.title).toBe('Event pressure');
    expect(m.parameters.map((p) => [p.name, p.value])).toEqual([
      ['Impact by severity', 'Minor 1 · Notable 2 · Significant 4 · Major 8 · Extreme 16'],
      ['Half-life', '60 days'],
      ['Saturation', '8'],
    ]);
    expect(m.parameters[1].meaning).toContain('halves every 60 days');
    expect(m.parameters[2].meaning).toBe('A total pressure of 8 scores 63, twice that 86: more events always add, but less and less.');
    // 100·(1 − e^(−8/8)) = 63; after one half-life 100·(1 − e^(−4/8)) = 39; after three 100·(1 − e^(−1/8)) = 12
    expect(m.examples[0]).toBe('A single Major event (severity 4) scores 63 on the day it ends, 39 after 60 days and 12 after 180 days.');
  });

  it('explains stages as levels plus decaying enforcement', () => {
    const m = explainMethod(FOREIGN_AGENT.method);
    expect(m.title).toBe('Legislative stage');
    expect(m.parameters[0]).toMatchObject({
      name: 'Stage levels',
      value: 'Proposed 25 · Drafted 40 · First reading 55 · Adopted 70 · Enforced 85 · Withdrawn 10',
    });
    expect(m.parameters[3].meaning).toContain('closes 63 % of the gap between the stage level and 100');
    // 70 + 30·(1 − e^(−8/10)) = 70 + 30·0.551 = 86.5
    expect(m.examples[0]).toContain('raises it to 87');
  });

  it('explains goalposts in the indicator’s unit and direction', () => {
    const m = explainMethod(TRADE.method);
    expect(m.paragraphs[0]).toContain('series “russia_trade_share”');
    expect(m.paragraphs[1]).toBe('It is scored against fixed goalposts, in a straight line: 0 at 10% or less, 100 at 40% or more.');
    expect(m.examples).toEqual(['An observation of 25% scores 50.']);
    const safer = explainMethod({ ...TRADE.method, direction: 'higher_is_safer' });
    expect(safer.paragraphs[1]).toBe('It is scored against fixed goalposts, in a straight line: 0 at 40% or more, 100 at 10% or less.');
    const percentile = explainMethod({
      kind: 'metric',
      normalisation: { kind: 'percentile', minObservations: 5 },
      direction: 'higher_is_riskier',
      unit: '',
    });
    expect(percentile.paragraphs[1]).toContain('no score until there are 5 observations');
  });
});
