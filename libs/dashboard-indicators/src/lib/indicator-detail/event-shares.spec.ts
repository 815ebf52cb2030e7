import { anEvent, CPC, FOREIGN_AGENT, TRADE } from '@kem/dashboard-core/testing';
import { eventShares } from './event-shares';

describe('eventShares (method version 2 memory)', () => {
  it('gives each family its share of the event part', () => {
    // Severity 4 today: pressure 8. Severity 3, ended sixty days (one half-life) ago: 4 · ½ = 2. Total 10.
    const breakdown = eventShares(
      CPC,
      [
        anEvent({ id: 1, severity: 4, date: '2026-11-24', lifecycle: 'ended' }),
        anEvent({ id: 2, severity: 3, date: '2026-09-25', lifecycle: 'ended' }),
        anEvent({ id: 3, date: '2026-12-01' }),
      ],
      '2026-11-24',
    );
    expect(breakdown?.byEvent.get(1)?.share).toBeCloseTo(0.8, 9);
    expect(breakdown?.byEvent.get(2)?.share).toBeCloseTo(0.2, 9);
    expect(breakdown?.byEvent.has(3)).toBe(false);
    expect(breakdown?.eventPoints).toBeCloseTo(100 * (1 - Math.exp(-10 / 8)), 9);
  });

  it('holds an ongoing event at full impact, counts a follow-up inside its family, and ignores drafts', () => {
    const breakdown = eventShares(
      CPC,
      [
        anEvent({ id: 1, severity: 4, date: '2025-11-29', lifecycle: 'ongoing' }),
        anEvent({ id: 4, severity: 4, date: '2025-12-02', lifecycle: 'ongoing', parentId: 1 }),
        anEvent({ id: 2, severity: 5, status: 'draft' }),
      ],
      '2026-11-24',
    );
    expect(breakdown?.byEvent.get(1)?.share).toBe(1);
    expect(breakdown?.byEvent.has(4)).toBe(false);
    expect(breakdown?.familyOf.get(4)).toBe(1);
    expect(breakdown?.eventPoints).toBeCloseTo(100 * (1 - Math.exp(-8 / 8)), 9);
    expect(breakdown?.byEvent.has(2)).toBe(false);
  });

  it('has nothing to say for metric and stage indicators or evidence it cannot score', () => {
    expect(eventShares(TRADE, [], '2026-11-24')).toBeNull();
    expect(eventShares(FOREIGN_AGENT, [anEvent({ indicatorKey: 'foreign_agent', stage: 'adopted' })], '2026-11-24')).toBeNull();
    expect(eventShares(CPC, [anEvent({ severity: 9 })], '2026-11-24')).toBeNull();
  });
});
