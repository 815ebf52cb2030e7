import { isIsoDay } from '@kem/scoring';
import type { FetchWindow } from '../model/connector';
import { InvalidFetchWindowError } from '../model/errors';

/** Throws `InvalidFetchWindowError` unless the window is two valid days with from ≤ to. */
export function assertFetchWindow(connectorKey: string, window: FetchWindow): void {
  if (typeof window !== 'object' || window === null) {
    throw new InvalidFetchWindowError(connectorKey, window, 'expected { from, to }');
  }
  if (!isIsoDay(window.from)) throw new InvalidFetchWindowError(connectorKey, window, '"from" must be a YYYY-MM-DD day');
  if (!isIsoDay(window.to)) throw new InvalidFetchWindowError(connectorKey, window, '"to" must be a YYYY-MM-DD day');
  if (window.from > window.to) throw new InvalidFetchWindowError(connectorKey, window, '"from" is after "to"');
}

/** The calendar years the window touches, ascending. Annual sources fetch these. */
export function yearsOf(window: FetchWindow): number[] {
  const years: number[] = [];
  for (let year = Number(window.from.slice(0, 4)); year <= Number(window.to.slice(0, 4)); year++) years.push(year);
  return years;
}

/** True when the day lies in the window (both ends inclusive). */
export function inWindow(day: string, window: FetchWindow): boolean {
  return day >= window.from && day <= window.to;
}
