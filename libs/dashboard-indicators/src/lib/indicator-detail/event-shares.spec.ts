import { anEvent, CPC, FOREIGN_AGENT, TRADE } from './detail-fixtures';
import { eventShares } from './event-shares';

describe('eventShares', () => {
  it('gives each event its share of today’s pressure', () => {
    // Severity 4 today: pressure 8. Severity 3 sixty days (one half-life) ago: 4 · ½ = 2. Total 10.
    const breakdown = eventShares(
      CPC,
      [anEvent({ id: 1, severity: 4, date: '2026-11-24' }), anEvent({ id: 2, severity: 3, date: '2026-09-25' }), anEvent({ id: 3, date: '2026-12-01' })],
      '2026-11-24',
    );
    expect(breakdown?.score).toBeCloseTo(100 * (1 - Math.exp(-10 / 8)), 9);
    expect(breakdown?.byEvent.get(1)?.share).toBeCloseTo(0.8, 9);
    expect(breakdown?.byEvent.get(2)?.share).toBeCloseTo(0.2, 9);
    expect(breakdown?.byEvent.has(3)).toBe(false);
  });

  it('holds an ongoing event at full pressure and ignores drafts', () => {
    const breakdown = eventShares(
      CPC,
      [anEvent({ id: 1, severity: 4, date: '2026-01-01', endDate: '2026-12-31' }), anEvent({ id: 2, severity: 5, status: 'draft' })],
      '2026-11-24',
    );
    expect(breakdown?.byEvent.get(1)?.share).toBe(1);
    expect(breakdown?.byEvent.has(2)).toBe(false);
  });

  it('gives the stage in force its level and enforcement events the rest', () => {
    const breakdown = eventShares(
      FOREIGN_AGENT,
      [
        anEvent({ id: 1, indicatorKey: 'foreign_agent', stage: 'proposed', date: '2025-01-01' }),
        anEvent({ id: 2, indicatorKey: 'foreign_agent', stage: 'adopted', date: '2026-01-01' }),
        anEvent({ id: 3, indicatorKey: 'foreign_agent', severity: 4, date: '2026-11-24' }),
      ],
      '2026-11-24',
    );
    const score = 70 + 30 * (1 - Math.exp(-8 / 10));
    expect(breakdown?.score).toBeCloseTo(score, 9);
    expect(breakdown?.byEvent.get(2)?.share).toBeCloseTo(70 / score, 9);
    expect(breakdown?.byEvent.get(3)?.share).toBeCloseTo((score - 70) / score, 9);
    expect(breakdown?.byEvent.has(1)).toBe(false);
  });

  it('has nothing to say for metric indicators or evidence it cannot score', () => {
    expect(eventShares(TRADE, [], '2026-11-24')).toBeNull();
    expect(eventShares(CPC, [anEvent({ severity: 9 })], '2026-11-24')).toBeNull();
  });
});
