import { canonicalTimeZone, digestDue, localTime, nextDigestAt, zonedInstant } from './periods';

const at = (iso: string) => new Date(iso);
const longAgo = at('2020-01-01T00:00:00Z');

describe('zone maths with Intl', () => {
  it('reads local wall-clock time in Almaty (UTC+5 since March 2024) and New York (DST)', () => {
    expect(localTime(at('2026-11-24T03:30:00Z'), 'Asia/Almaty')).toEqual({
      year: 2026,
      month: 11,
      day: 24,
      hour: 8,
      minute: 30,
      weekday: 2,
    });
    expect(localTime(at('2026-07-01T03:30:00Z'), 'America/New_York')).toMatchObject({ day: 30, hour: 23, weekday: 2 });
    expect(localTime(at('2026-12-01T03:30:00Z'), 'America/New_York')).toMatchObject({ day: 30, hour: 22 });
  });

  it('finds the UTC instant of a local time, also across a DST change', () => {
    expect(zonedInstant('2026-11-24 08:00', 'Asia/Almaty').toISOString()).toBe('2026-11-24T03:00:00.000Z');
    expect(zonedInstant('2026-03-29 09:00', 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(zonedInstant('2026-03-28 09:00', 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
  });

  it('knows real zones and nothing else', () => {
    expect(canonicalTimeZone('asia/almaty')).toBe('Asia/Almaty');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
  });
});

describe('digestDue', () => {
  const daily = { cadence: 'daily' as const, sendTime: '08:00', timeZone: 'Asia/Almaty' };

  it('is due once the local send time has passed today, keyed by the local day', () => {
    expect(digestDue(daily, at('2026-11-24T02:59:00Z'), longAgo)).toMatchObject({ due: false, period: { key: 'digest:2026-11-24' } });
    expect(digestDue(daily, at('2026-11-24T03:00:00Z'), longAgo)).toMatchObject({ due: true, period: { key: 'digest:2026-11-24' } });
    // 23:30 UTC on the 24th is already the 25th in Almaty, before 08:00.
    expect(digestDue(daily, at('2026-11-24T23:30:00Z'), longAgo)).toMatchObject({ due: false, period: { key: 'digest:2026-11-25' } });
  });

  it('sends weekly digests from Monday’s send time on, all week', () => {
    const weekly = { ...daily, cadence: 'weekly' as const };
    // Monday 23 November 2026, 07:59 and 08:00 in Almaty; then Sunday 29th.
    expect(digestDue(weekly, at('2026-11-23T02:59:00Z'), longAgo)).toMatchObject({
      due: false,
      period: { key: 'digest:2026-W48', label: 'week 48 of 2026' },
    });
    expect(digestDue(weekly, at('2026-11-23T03:00:00Z'), longAgo).due).toBe(true);
    expect(digestDue(weekly, at('2026-11-29T18:00:00Z'), longAgo)).toMatchObject({ due: true, period: { key: 'digest:2026-W48' } });
  });

  it('sends monthly digests from the 1st on', () => {
    const monthly = { ...daily, cadence: 'monthly' as const, timeZone: 'UTC' };
    expect(digestDue(monthly, at('2026-12-01T07:00:00Z'), longAgo)).toMatchObject({
      due: false,
      period: { key: 'digest:2026-12', label: 'December 2026' },
    });
    expect(digestDue(monthly, at('2026-12-15T07:00:00Z'), longAgo)).toMatchObject({ due: true, period: { key: 'digest:2026-12' } });
  });

  it('makes a new subscriber wait for the next scheduled send', () => {
    const weekly = { ...daily, cadence: 'weekly' as const };
    const createdWednesday = at('2026-11-25T06:00:00Z');
    expect(digestDue(weekly, at('2026-11-26T06:00:00Z'), createdWednesday).due).toBe(false);
    expect(digestDue(weekly, at('2026-11-30T03:00:00Z'), createdWednesday)).toMatchObject({
      due: true,
      period: { key: 'digest:2026-W49' },
    });
  });
});

describe('nextDigestAt', () => {
  const weekly = { cadence: 'weekly' as const, sendTime: '09:30', timeZone: 'Europe/London' };

  it('is the coming send time, or the next period’s once this one is delivered', () => {
    expect(nextDigestAt(weekly, at('2026-11-23T08:00:00Z'), longAgo).toISOString()).toBe('2026-11-23T09:30:00.000Z');
    const tuesday = at('2026-11-24T12:00:00Z');
    expect(nextDigestAt(weekly, tuesday, longAgo)).toEqual(tuesday);
    expect(nextDigestAt(weekly, tuesday, longAgo, new Set(['digest:2026-W48'])).toISOString()).toBe('2026-11-30T09:30:00.000Z');
    const monthly = { ...weekly, cadence: 'monthly' as const };
    expect(nextDigestAt(monthly, at('2026-12-05T12:00:00Z'), longAgo, new Set(['digest:2026-12'])).toISOString()).toBe(
      '2027-01-01T09:30:00.000Z',
    );
  });
});
