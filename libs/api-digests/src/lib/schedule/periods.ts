import type { Cadence } from '@kem/contracts';
import { addDays, isoWeek } from '@kem/scoring';
import { dayLabel, monthLabel, weekLabel } from './period-label';

/** Wall-clock reading of an instant in one IANA zone. Weekday 1 = Monday … 7 = Sunday. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

export interface Schedule {
  cadence: Cadence;
  /** HH:MM */
  sendTime: string;
  timeZone: string;
}

export interface DigestPeriod {
  /** digest:2026-11-24, digest:2026-W48, digest:2026-11 */
  key: string;
  /** For people: "Tuesday 24 November 2026", "week 48 of 2026", "November 2026". */
  label: string;
  /** Local wall-clock moment the period's digest is scheduled for, "YYYY-MM-DD HH:MM". */
  sendsAt: string;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Creating a DateTimeFormat is slow next to using one; subscribers share a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical name, or null when the runtime does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    weekday: WEEKDAYS[parts['weekday']],
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayOf = (t: { year: number; month: number; day: number }) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const stampOf = (t: LocalTime) => `${dayOf(t)} ${pad(t.hour)}:${pad(t.minute)}`;

/** The period containing local time `t` and the local moment its digest is scheduled for. */
export function periodAt(cadence: Cadence, t: LocalTime, sendTime: string): DigestPeriod {
  const today = dayOf(t);
  if (cadence === 'daily') {
    return {
      key: `digest:${today}`,
      label: dayLabel(today),
      sendsAt: `${today} ${sendTime}`,
    };
  }
  if (cadence === 'weekly') {
    const { year, week } = isoWeek(today);
    return {
      key: `digest:${year}-W${pad(week)}`,
      label: weekLabel(year, week),
      sendsAt: `${addDays(today, 1 - t.weekday)} ${sendTime}`,
    };
  }
  return {
    key: `digest:${t.year}-${pad(t.month)}`,
    label: monthLabel(t.year, t.month),
    sendsAt: `${t.year}-${pad(t.month)}-01 ${sendTime}`,
  };
}

export interface DueCheck {
  period: DigestPeriod;
  /** The period's send time has passed (and came after the subscription was created). */
  due: boolean;
}

/**
 * Whether the digest of the current period is due at `now`: the subscriber's local time has
 * reached the period's send time (daily: today; weekly: Monday; monthly: the 1st), and that send
 * time came after the subscription was created — a new subscriber waits for the next scheduled
 * send instead of getting one at once. Whether it was already sent is the delivery table's business.
 */
export function digestDue(schedule: Schedule, now: Date, createdAt: Date): DueCheck {
  const local = localTime(now, schedule.timeZone);
  const period = periodAt(schedule.cadence, local, schedule.sendTime);
  const created = stampOf(localTime(createdAt, schedule.timeZone));
  return { period, due: stampOf(local) >= period.sendsAt && period.sendsAt >= created };
}

/** The UTC instant at which the zone's clocks read `stamp` ("YYYY-MM-DD HH:MM"); a moment skipped by DST moves forward. */
export function zonedInstant(stamp: string, timeZone: string): Date {
  const wanted = Date.parse(`${stamp.replace(' ', 'T')}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const l = localTime(new Date(guess), timeZone);
    const diff = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) - wanted;
    if (diff === 0) break;
    guess -= diff;
  }
  return new Date(guess);
}

/**
 * When the next digest is scheduled: the current period's send time if still ahead (and after the
 * subscription was created) and not yet delivered, otherwise the next period's.
 */
export function nextDigestAt(schedule: Schedule, now: Date, createdAt: Date, deliveredKeys: ReadonlySet<string> = new Set()): Date {
  const { period, due } = digestDue(schedule, now, createdAt);
  const sendsAt = zonedInstant(period.sendsAt, schedule.timeZone);
  if (sendsAt.getTime() > now.getTime() && sendsAt.getTime() >= createdAt.getTime()) return sendsAt;
  if (due && !deliveredKeys.has(period.key)) return now;
  const [day] = period.sendsAt.split(' ');
  const [y, m] = day.split('-').map(Number);
  const next =
    schedule.cadence === 'daily'
      ? addDays(day, 1)
      : schedule.cadence === 'weekly'
        ? addDays(day, 7)
        : `${m === 12 ? y + 1 : y}-${pad(m === 12 ? 1 : m + 1)}-01`;
  return zonedInstant(`${next} ${schedule.sendTime}`, schedule.timeZone);
}

/** Days a digest looks back over: its period's length. */
export function cadenceDays(cadence: Cadence): number {
  return cadence === 'daily' ? 1 : cadence === 'weekly' ? 7 : 30;
}
