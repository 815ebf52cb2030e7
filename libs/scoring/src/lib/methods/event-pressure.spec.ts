import fc from 'fast-check';
import { formatDay as iso, parseDay } from '../dates/calendar-day';
import type { EvidenceEvent } from '../model/evidence';
import type { EventPressureMethod } from '../model/indicator';
import { prepareEventPressure, scoreEventPressure } from './event-pressure';

// p(σ) = 1, 2, 4, 10, 20; h = 30 days; k = 10
const method: EventPressureMethod = { kind: 'event_pressure', halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 10, 20] };
const ev = (id: number, date: string, severity: number, endDate: string | null = null): EvidenceEvent => ({
  id,
  indicatorKey: 'k',
  date,
  endDate,
  severity,
});

function scoreOn(events: EvidenceEvent[], date: string, from = '2021-12-01'): number {
  const days = parseDay(date) - parseDay(from) + 1;
  return scoreEventPressure(prepareEventPressure('k', method, events), parseDay(from), days)[days - 1];
}

describe('event pressure', () => {
  it('decays after a one-day event: h=30, 60 days after end → 2^-2', () => {
    // severity 4 → p = 10, on 2022-01-01; 2022-03-02 is 60 days later
    // 2^(−60/30) = 0.25; x = 10·0.25 = 2.5; s = 100·(1 − e^(−2.5/10)) = 22.12
    expect(scoreOn([ev(1, '2022-01-01', 4)], '2022-03-02')).toBeCloseTo(22.12, 2);
  });

  it('holds an ongoing event at full impact until its end date', () => {
    const stoppage = [ev(1, '2022-01-01', 4, '2022-01-31')];
    // before it starts: x = 0 → s = 0
    expect(scoreOn(stoppage, '2021-12-31')).toBe(0);
    // mid-stoppage (19 days in, no decay): x = 10; s = 100·(1 − e^(−1)) = 63.21
    expect(scoreOn(stoppage, '2022-01-20')).toBeCloseTo(63.21, 2);
    // on its end date still x = 10
    expect(scoreOn(stoppage, '2022-01-31')).toBeCloseTo(63.21, 2);
    // 30 days after the end: x = 10·2^(−1) = 5; s = 100·(1 − e^(−0.5)) = 39.35
    expect(scoreOn(stoppage, '2022-03-02')).toBeCloseTo(39.35, 2);
  });

  it('adds the pressures of several events before saturating', () => {
    // 2022-03-02: event 1 (p = 10) is 60 days old → 2.5; event 2 (severity 2, p = 2) is 15 days old → 2·2^(−0.5) = 1.414
    // x = 3.914; s = 100·(1 − e^(−0.3914)) = 32.39
    expect(scoreOn([ev(1, '2022-01-01', 4), ev(2, '2022-02-15', 2)], '2022-03-02')).toBeCloseTo(32.39, 2);
  });

  it('counts events that began before the range', () => {
    // 2021-11-02 + 60 days = 2022-01-01 (the range start): x = 2.5 → 22.12, as above
    expect(scoreOn([ev(1, '2021-11-02', 4)], '2022-01-01', '2022-01-01')).toBeCloseTo(22.12, 2);
  });

  it('has data (0) from the range start even without events', () => {
    const series = scoreEventPressure(prepareEventPressure('k', method, []), parseDay('2022-01-01'), 5);
    expect(Array.from(series)).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps every score within [0, 100], even for piles of severity-5 events', () => {
    const eventArb = fc.record({
      day: fc.integer({ min: 0, max: 200 }),
      length: fc.integer({ min: 0, max: 30 }),
      severity: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 200 }), (raw) => {
        const from = parseDay('2022-01-01');
        const events = raw.map((e, id) => ({
          id,
          indicatorKey: 'k',
          date: iso(from + e.day),
          endDate: iso(from + e.day + e.length),
          severity: e.severity,
        }));
        for (const s of scoreEventPressure(prepareEventPressure('k', method, events), from - 10, 260)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
