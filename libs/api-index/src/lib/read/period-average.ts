import { IndexInterval, IndexPointView } from '@kem/contracts';
import { classifyBand, mondayOf } from '@kem/scoring';

/** ISO week (Monday-based) or month a day belongs to. */
function periodOf(date: string, interval: IndexInterval): string {
  if (interval === 'month') return date.slice(0, 7);
  return mondayOf(date);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Averages daily points per week or month. Averages are linear, so each period's contributions
 * still sum to its value; they are taken over the days that have a value (a period without any
 * has none). Coverage is every indicator that counted on any day of the period, stale and
 * unmonitored every indicator that was so on any day; scores are averaged per indicator.
 */
export function averageByPeriod(points: IndexPointView[], interval: IndexInterval): IndexPointView[] {
  if (interval === 'day') return points;
  const groups = new Map<string, IndexPointView[]>();
  for (const point of points) {
    const key = periodOf(point.date, interval);
    const group = groups.get(key);
    if (group) group.push(point);
    else groups.set(key, [point]);
  }
  return [...groups.values()].map((group) => {
    const valued = group.filter((p) => p.value !== null);
    const value = valued.length === 0 ? null : mean(valued.map((p) => p.value as number));
    const keys = new Set(valued.flatMap((p) => Object.keys(p.contributions)));
    const contributions = Object.fromEntries(
      [...keys].map((k) => [k, valued.reduce((sum, p) => sum + (p.contributions[k] ?? 0), 0) / valued.length]),
    );
    const scoreKeys = new Set(group.flatMap((p) => Object.keys(p.scores)));
    const scores = Object.fromEntries(
      [...scoreKeys].map((k) => {
        const xs = group.map((p) => p.scores[k]).filter((x): x is number => x !== undefined);
        return [k, mean(xs)];
      }),
    );
    const bounds = valued.length > 0 && valued.every((p) => p.lower !== null && p.upper !== null);
    return {
      date: group[group.length - 1].date,
      value,
      band: value === null ? null : (classifyBand(value)?.key ?? null),
      contributions,
      coverage: [...new Set(valued.flatMap((p) => p.coverage))],
      scores,
      stale: [...new Set(group.flatMap((p) => p.stale))],
      unmonitored: [...new Set(group.flatMap((p) => p.unmonitored))],
      lower: bounds ? mean(valued.map((p) => p.lower as number)) : null,
      upper: bounds ? mean(valued.map((p) => p.upper as number)) : null,
    };
  });
}
