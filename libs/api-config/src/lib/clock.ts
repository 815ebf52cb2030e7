/**
 * "Now" as the API sees it. Everything that depends on today's date (the last day of the index,
 * due digests, session expiry, connector windows) asks this clock, so tests and demos can set it.
 */
export interface Clock {
  now(): Date;
  /** Today's calendar day in UTC, 'YYYY-MM-DD'. */
  today(): string;
}

export const CLOCK = Symbol('CLOCK');

/**
 * The process clock. With `startAt` (KEM_NOW) the process reads that instant when it started and
 * time runs on from there at the real pace, so leases and retries still elapse; without it, the
 * system time. Anchored at the process start, every clock made in one process agrees.
 */
export function createClock(
  startAt: string | null,
  realNow: () => number = Date.now,
  processStart = Math.round(performance.timeOrigin),
): Clock {
  const offset = startAt === null ? 0 : Date.parse(startAt) - processStart;
  const now = () => new Date(realNow() + offset);
  return { now, today: () => now().toISOString().slice(0, 10) };
}

/** A clock stopped at one instant (tests). */
export function fixedClock(at: string): Clock {
  const instant = Date.parse(at);
  if (Number.isNaN(instant)) throw new Error(`fixedClock: not a date: ${at}`);
  return { now: () => new Date(instant), today: () => new Date(instant).toISOString().slice(0, 10) };
}
