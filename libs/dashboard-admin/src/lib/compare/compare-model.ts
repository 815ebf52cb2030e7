import { IndexSeriesView, ProfileView } from '@kem/contracts';
import { classifyBand, dayNumberToMs, parseDay } from '@kem/scoring';
import { ChartLine, indicatorColor } from '@kem/dashboard-charts';

export const MIN_PROFILES = 2;
export const MAX_PROFILES = 5;

/** Periods offered, by how many years back they reach (null: the whole history). */
export const PERIODS = [
  { key: 'all', label: 'Whole history', years: null },
  { key: '5y', label: 'Last 5 years', years: 5 },
  { key: '2y', label: 'Last 2 years', years: 2 },
  { key: '1y', label: 'Last 12 months', years: 1 },
] as const;
export type PeriodKey = (typeof PERIODS)[number]['key'];

/** The first day of a period ending `today` (YYYY-MM-DD), or undefined for the whole history. */
export function periodStart(key: string | undefined, today: string): string | undefined {
  const years = PERIODS.find((p) => p.key === key)?.years;
  if (!years) return undefined;
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
}

/**
 * The profiles to compare from the `profiles` query parameter (comma-separated slugs): known,
 * not archived, each once, at most five, in the order given. Without the parameter, the first two.
 */
export function chosenProfiles(param: string | undefined, available: readonly ProfileView[]): string[] {
  const known = available.filter((p) => !p.archived).map((p) => p.slug);
  if (param === undefined) return known.slice(0, MIN_PROFILES);
  const wanted = param.split(',').map((s) => s.trim());
  return [...new Set(wanted)].filter((slug) => known.includes(slug)).slice(0, MAX_PROFILES);
}

/** One chart line per profile's weekly series, in the given order and palette. */
export function compareLines(series: readonly IndexSeriesView[]): ChartLine[] {
  return series.map((s, i) => ({
    label: `${s.profile.name} (v${s.profile.version})`,
    color: indicatorColor(i),
    points: s.points.map((p) => ({ x: dayNumberToMs(parseDay(p.date)), y: p.value ?? Number.NaN })),
  }));
}

export interface CompareRow {
  name: string;
  version: number;
  color: string;
  latest: number | null;
  latestDate: string | null;
  band: string;
  high: number | null;
  highDate: string | null;
}

/** Latest value, its band, and the highest value per profile over the period. */
export function compareRows(series: readonly IndexSeriesView[]): CompareRow[] {
  return series.map((s, i) => {
    const last = s.points.at(-1) ?? null;
    const high = s.points.reduce<(typeof s.points)[number] | null>(
      (best, p) => (p.value !== null && (best?.value == null || p.value > best.value) ? p : best),
      null,
    );
    return {
      name: s.profile.name,
      version: s.profile.version,
      color: indicatorColor(i),
      latest: last?.value ?? null,
      latestDate: last?.date ?? null,
      band: last?.value != null ? (classifyBand(last.value)?.label ?? '') : '',
      high: high?.value ?? null,
      highDate: high?.date ?? null,
    };
  });
}
