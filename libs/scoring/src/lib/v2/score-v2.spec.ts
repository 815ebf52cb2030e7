import { addDays, parseDay } from '../dates/calendar-day';
import type { Evidence, EvidenceEvent } from '../model/evidence';
import type { IndicatorDefinition } from '../model/indicator';
import { eventPressureIndicator, structuralBaseline } from '../testing/indicator-fixtures';
import { prepareEvidenceV2 } from './prepare-v2';
import { scorePreparedV2 } from './score-v2';

/**
 * Golden cases for the version-2 rules, worked by hand. Common parameters: impacts 1, 2, 4, 8, 16,
 * half-life h = 30 days, saturation k = 10, so s = 100·(1 − e^(−x/10)) without a baseline.
 */
const pressure = (patch: Partial<IndicatorDefinition> = {}) =>
  eventPressureIndicator('k', { halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 8, 16] }, { name: 'K', ...patch });
const evidence = (events: EvidenceEvent[], extra: Partial<Evidence> = {}): Evidence => ({ events, observations: [], ...extra });
const event = (patch: Partial<EvidenceEvent>): EvidenceEvent => ({ id: 1, indicatorKey: 'k', date: '2024-01-01', severity: 3, ...patch });
const sat = (x: number) => 100 * (1 - Math.exp(-x / 10));

function scores(definition: IndicatorDefinition, ev: Evidence, from = '2024-01-01', to = '2024-12-31', asOf?: string) {
  const history = scorePreparedV2(prepareEvidenceV2([definition], ev, { asOf }), { from, to });
  const series = history.series[0];
  const at = (date: string) => parseDay(date) - parseDay(from);
  return { series, at, value: (date: string) => series.values[at(date)], score: (date: string) => series.score[at(date)] };
}

describe('honest memory', () => {
  it('holds an ongoing event without an end date flat at full impact through the evaluation day', () => {
    // p(3) = 4 held: s = 100(1 − e^(−0.4)) = 32.97 on every day, never decaying
    const { series } = scores(pressure(), evidence([event({ status: 'ongoing' })]));
    expect(series.values[0]).toBeCloseTo(32.968, 3);
    expect(series.values[series.values.length - 1]).toBeCloseTo(32.968, 3);
    expect(Math.min(...series.values)).toBeCloseTo(32.968, 3);
  });

  it('ends an ongoing event on its end date, then halves every h days', () => {
    // held to 2024-01-31, on 2024-03-01 (30 days later) x = 2 → 18.13
    const { value } = scores(pressure(), evidence([event({ status: 'ongoing', endDate: '2024-01-31' })]));
    expect(value('2024-01-31')).toBeCloseTo(sat(4), 9);
    expect(value('2024-03-01')).toBeCloseTo(sat(2), 9);
  });

  it('holds an unknown-status event for unknownHoldDays, then decays and flags it', () => {
    // hold 10 days: held through 2024-01-11 (x = 4), flagged from 2024-01-12; 2024-02-10 is 30 days after → x = 2
    const { value, series, at } = scores(pressure({ unknownHoldDays: 10 }), evidence([event({ status: 'unknown' })]));
    expect(value('2024-01-11')).toBeCloseTo(sat(4), 9);
    expect(value('2024-02-10')).toBeCloseTo(sat(2), 9);
    expect(series.unknownLapsed[at('2024-01-11')]).toBe(0);
    expect(series.unknownLapsed[at('2024-01-12')]).toBe(1);
    // flagged until the impact is below 5 %: ⌈30·log2 20⌉ = 130 days after the hold
    expect(series.unknownLapsed[at(addDays('2024-01-11', 130))]).toBe(1);
    expect(series.unknownLapsed[at(addDays('2024-01-11', 131))]).toBe(0);
  });

  it('counts a family once: follow-ups add no impact, the strongest member is held over the span', () => {
    // parent severity 4 (p = 8) on 01-01, follow-ups severity 1 and 2 of unknown status (hold 0) on
    // 01-05 and 01-10: the situation was reported still unresolved on 01-10 → x = 8 through 01-10
    const events = [
      event({ id: 'p', severity: 4 }),
      event({ id: 'a', severity: 1, date: '2024-01-05', parentId: 'p', status: 'unknown' }),
      event({ id: 'b', severity: 2, date: '2024-01-10', parentId: 'a', status: 'unknown' }),
    ];
    const { value } = scores(pressure(), evidence(events));
    expect(value('2024-01-10')).toBeCloseTo(sat(8), 9);
    // 30 days after the family's end: x = 4 (version 1 would sum 8, 1 and 2 with separate decays)
    expect(value('2024-02-09')).toBeCloseTo(sat(4), 9);
    // the same with an explicit family id
    const byId = events.map((e) => ({ ...e, parentId: null, familyId: 'crisis' }));
    expect(scores(pressure(), evidence(byId)).value('2024-02-09')).toBeCloseTo(sat(4), 9);
  });

  it('steps a family up when a stronger member arrives (running maximum)', () => {
    // p(2) = 2 from 01-01, p(4) = 8 from 01-06 (family end 01-06)
    const events = [event({ id: 'p', severity: 2 }), event({ id: 'c', severity: 4, date: '2024-01-06', familyId: 'f' })];
    const { value } = scores(pressure(), evidence([{ ...events[0], familyId: 'f' }, events[1]]));
    expect(value('2024-01-03')).toBeCloseTo(sat(2), 9);
    expect(value('2024-01-06')).toBeCloseTo(sat(8), 9);
  });

  it('does not stretch the hold to an "ended" follow-up without its own end date (a death-toll report months later)', () => {
    // January 2022 in small: unrest severity 4 (p = 8) on 01-02, escalation severity 5 (p = 16) on
    // 01-05, both unknown with a 14-day hold → held at 16 through 01-19; a severity-1 death-toll report
    // ('ended', no end date) on 03-14 must not hold the family at 16 until March.
    const definition = pressure({ unknownHoldDays: 14 });
    const crisis = [
      event({ id: 'p', date: '2022-01-02', severity: 4, status: 'unknown' }),
      event({ id: 'e', date: '2022-01-05', severity: 5, status: 'unknown', parentId: 'p' }),
    ];
    const report = event({ id: 'r', date: '2022-03-14', severity: 1, status: 'ended', parentId: 'p' });
    const without = scores(definition, evidence(crisis), '2022-01-01', '2022-06-30');
    const withReport = scores(definition, evidence([...crisis, report]), '2022-01-01', '2022-06-30');
    expect(withReport.value('2022-01-19')).toBeCloseTo(sat(16), 9);
    // 30 days after the end of the hold: x = 16 / 2 = 8, the report changes nothing
    expect(withReport.value('2022-02-18')).toBeCloseTo(sat(8), 9);
    for (const day of ['2022-02-18', '2022-03-13', '2022-03-14', '2022-04-30'])
      expect(withReport.value(day)).toBeCloseTo(without.value(day), 9);
    // an explicit end date on the follow-up, or an ongoing follow-up, does extend the span
    const dated = scores(definition, evidence([...crisis, { ...report, endDate: '2022-03-14' }]), '2022-01-01', '2022-06-30');
    expect(dated.value('2022-03-14')).toBeCloseTo(sat(16), 9);
    const stillOn = scores(definition, evidence([...crisis, { ...report, status: 'ongoing' }]), '2022-01-01', '2022-06-30');
    expect(stillOn.value('2022-06-30')).toBeCloseTo(sat(16), 9);
  });

  it('closes an ongoing family with an "ended" follow-up', () => {
    const events = [
      event({ id: 'p', status: 'ongoing' }),
      event({ id: 'end', severity: 1, date: '2024-01-31', status: 'ended', parentId: 'p' }),
    ];
    const { value } = scores(pressure(), evidence(events));
    expect(value('2024-03-01')).toBeCloseTo(sat(2), 9);
  });
});

describe('structural baseline', () => {
  const baseline = structuralBaseline({ prior: { value: 20, note: 'assumed' } });
  const structural = [{ series: 'x', period: '2023', value: 40 }];

  it('returns a score to its baseline, never to 0, once the news has faded', () => {
    // B = 0.5 · 40 = 20 from 2023-12-31; a 2024-01-01 event decays: after 300 days x = 4·2^(−10) ≈ 0.004
    const { value } = scores(pressure({ baseline }), evidence([event({})], { structural }), '2024-01-01', '2024-12-31');
    expect(value('2024-01-01')).toBeCloseTo(20 + 80 * (1 - Math.exp(-0.4)), 9); // s = B + (100 − B)(1 − e^(−x/k))
    expect(value('2024-10-27')).toBeGreaterThan(20);
    expect(value('2024-10-27')).toBeLessThan(20.04);
  });

  it('uses the prior before the first value is known and flags it; flags a value older than its vintage', () => {
    const { series, at } = scores(pressure({ baseline }), evidence([], { structural }), '2023-06-01', '2025-01-31');
    expect(series.baseline[at('2023-12-30')]).toBe(10); // prior 20 → 0.5 · 20
    expect(series.staleVintage[at('2023-12-30')]).toBe(1);
    expect(series.baseline[at('2023-12-31')]).toBe(20);
    expect(series.staleVintage[at('2024-06-01')]).toBe(0);
    expect(series.staleVintage[at('2025-01-01')]).toBe(1); // 367 days > 12 months
  });

  it('point in time: a value is not used before it is known, nor an event recorded after the as-of day', () => {
    const ev = evidence([event({ recordedAt: '2024-02-01' })], {
      structural: [{ series: 'x', period: '2023', value: 40, recordedAt: '2024-03-01' }],
    });
    const early = scores(pressure({ baseline }), ev, '2024-01-01', '2024-01-31', '2024-01-31');
    expect(early.value('2024-01-15')).toBe(10); // prior only, no event
    const late = scores(pressure({ baseline }), ev, '2024-01-01', '2024-03-31', '2024-03-31');
    expect(late.value('2024-03-15')).toBeGreaterThan(20);
  });

  it('puts a stage level as a floor above the baseline: F = max(B, L)', () => {
    const stage: IndicatorDefinition = {
      ...pressure({ baseline }),
      method: {
        kind: 'stage',
        stages: [{ key: 'proposed', label: 'Proposed', level: 25 }],
        enforcement: { halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 8, 16] },
      },
    };
    const ev = evidence([event({ stage: 'proposed', date: '2024-02-01' })], { structural });
    const { series, at } = scores(stage, ev);
    expect(series.floor[at('2024-01-15')]).toBe(20); // B = 20 before the bill
    expect(series.floor[at('2024-02-15')]).toBe(25); // L = 25 > B
  });
});

describe('freshness', () => {
  // interval 10 days; a severity-3 event (x = 4) on 2024-01-01
  const definition = pressure({ reviewIntervalDays: 10 });

  it('holds the event part when stale and leaves the composite when unmonitored', () => {
    const { series, at } = scores(definition, evidence([event({})]));
    // fresh through 01-11 (10 days): x = 4·2^(−1/3) on 01-11
    expect(series.freshness[at('2024-01-11')]).toBe(0);
    const held = sat(4 * Math.pow(2, -10 / 30));
    expect(series.values[at('2024-01-11')]).toBeCloseTo(held, 9);
    // stale 01-12 … 01-31: the level of 01-11 is kept, the band widens by 5 points per interval overdue
    expect(series.freshness[at('2024-01-20')]).toBe(1);
    expect(series.values[at('2024-01-31')]).toBeCloseTo(held, 9);
    expect(series.spread[at('2024-01-20')]).toBe(5);
    // unmonitored from 02-01 (31 days > 3 intervals): out of the composite, still shown
    expect(series.freshness[at('2024-02-01')]).toBe(2);
    expect(series.values[at('2024-02-01')]).toBeNaN();
    expect(series.score[at('2024-02-01')]).toBeCloseTo(held, 9);
  });

  it('a review ("no change") makes it fresh again and lets the decay resume, counting fresh days only', () => {
    const { series, at } = scores(definition, evidence([event({})], { reviews: [{ indicatorKey: 'k', date: '2024-01-26' }] }));
    expect(series.freshness[at('2024-01-26')]).toBe(0);
    // the event has aged 10 fresh days (01-02 … 01-11), none while stale (01-12 … 01-25), then 01-26 … 01-30
    expect(series.values[at('2024-01-26')]).toBeCloseTo(sat(4 * Math.pow(2, -11 / 30)), 9);
    expect(series.values[at('2024-01-30')]).toBeCloseTo(sat(4 * Math.pow(2, -15 / 30)), 9);
    expect(series.daysSinceTouch[at('2024-01-30')]).toBe(4);
  });

  it('adds a new event on a stale indicator to the level it held, never below it (issue #11)', () => {
    const crisis = event({ id: 2, date: '2024-01-20', severity: 3 });
    const { series, at } = scores(definition, evidence([event({}), crisis]));
    const held = sat(4 * Math.pow(2, -10 / 30)); // the level of 01-11, held while stale 01-12 … 01-19
    expect(series.freshness[at('2024-01-19')]).toBe(1);
    expect(series.values[at('2024-01-19')]).toBeCloseTo(held, 9);
    // 01-20 is fresh again: the old event ages one more day and the new one adds its full impact
    expect(series.values[at('2024-01-20')]).toBeCloseTo(sat(4 * Math.pow(2, -11 / 30) + 4), 9);
    expect(series.values[at('2024-01-20')]).toBeGreaterThan(held);
    // then both decay over fresh days only: fresh through 01-30, stale from 01-31
    expect(series.values[at('2024-01-30')]).toBeCloseTo(sat(4 * Math.pow(2, -21 / 30) + 4 * Math.pow(2, -10 / 30)), 9);
    expect(series.values[at('2024-02-15')]).toBeCloseTo(series.values[at('2024-01-30')], 12);
  });

  it('treats a never-reviewed indicator as unmonitored, and one without an interval as always fresh', () => {
    expect(scores(definition, evidence([])).series.freshness[0]).toBe(2);
    expect(scores(pressure(), evidence([])).series.freshness[0]).toBe(0);
  });
});
