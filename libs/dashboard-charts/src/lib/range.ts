import { InjectionToken } from '@angular/core';
import type { IndexInterval } from '@kem/contracts';
import { addDays, dayNumberOf, daysBetween, daysInMonth, formatDay as formatDayNumber, isIsoDay } from '@kem/scoring';

/** First day of the index history. */
export const HISTORY_START = '2014-01-01';

export const RANGE_PRESETS = [
  { key: '1y', label: '1Y', years: 1, name: 'the last year' },
  { key: '3y', label: '3Y', years: 3, name: 'the last 3 years' },
  { key: '5y', label: '5Y', years: 5, name: 'the last 5 years' },
  { key: 'all', label: 'All', years: null, name: 'the whole history' },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]['key'];

/** A chart range: a preset ending today, or custom days. */
export type RangeSelection = { kind: 'preset'; preset: RangePreset } | { kind: 'custom'; from: string; to: string };

export const DEFAULT_RANGE: RangeSelection = { kind: 'preset', preset: '1y' };

/** Today as 'YYYY-MM-DD' (UTC); a token so tests can fix the date. */
export const TODAY = new InjectionToken<() => string>('kem.today', {
  providedIn: 'root',
  factory: () => () => new Date().toISOString().slice(0, 10),
});

/** The same day `years` calendar years later (29 February becomes 28 February in a common year). */
function addYears(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const month = Number(day.slice(5, 7));
  return formatDayNumber(dayNumberOf(year, month, Math.min(Number(day.slice(8, 10)), daysInMonth(year, month))));
}

/**
 * The range named by URL query parameters: `range=1y|3y|5y|all`, or `from` and `to` for custom days
 * (custom wins when both days are valid and in order); anything else is the default.
 */
export function parseRange(
  params: { range?: string | null; from?: string | null; to?: string | null },
  fallback: RangeSelection = DEFAULT_RANGE,
): RangeSelection {
  const { range, from, to } = params;
  if (isIsoDay(from) && isIsoDay(to) && from <= to) return { kind: 'custom', from, to };
  const preset = RANGE_PRESETS.find((p) => p.key === range);
  return preset ? { kind: 'preset', preset: preset.key } : fallback;
}

/** Query parameters for a range; the default range leaves the URL clean. Null removes a parameter. */
export function rangeQueryParams(
  selection: RangeSelection,
  fallback: RangeSelection = DEFAULT_RANGE,
): { range: string | null; from: string | null; to: string | null } {
  if (selection.kind === 'custom') return { range: null, from: selection.from, to: selection.to };
  const isDefault = fallback.kind === 'preset' && selection.preset === fallback.preset;
  return { range: isDefault ? null : selection.preset, from: null, to: null };
}

/** The days a range covers; a preset runs from N years before today to today (`to` left open: the latest day). */
export function rangeDays(selection: RangeSelection, today: string): { from: string; to: string | undefined } {
  if (selection.kind === 'custom') return { from: selection.from < HISTORY_START ? HISTORY_START : selection.from, to: selection.to };
  const years = RANGE_PRESETS.find((p) => p.key === selection.preset)?.years ?? null;
  if (years === null) return { from: HISTORY_START, to: undefined };
  const from = addDays(addYears(today, -years), 1);
  return { from: from < HISTORY_START ? HISTORY_START : from, to: undefined };
}

/** Resolution that keeps a chart readable: daily up to about 3 years, weekly up to about 5, monthly beyond. */
export function autoInterval(from: string, to: string): IndexInterval {
  const days = daysBetween(from, to) + 1;
  if (days <= 3 * 366) return 'day';
  if (days <= 5 * 366) return 'week';
  return 'month';
}

/** A range in words for headings and file names. */
export function describeRange(selection: RangeSelection): string {
  if (selection.kind === 'custom') return `${selection.from} to ${selection.to}`;
  return RANGE_PRESETS.find((p) => p.key === selection.preset)?.name ?? '';
}
