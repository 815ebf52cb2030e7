import { IndexInterval, IndexPointView } from '@kem/contracts';
import { classifyBand } from '@kem/scoring';

/** ISO week (Monday-based) or month a day belongs to. */
function periodOf(date: string, interval: IndexInterval): string {
  if (interval === 'month') return date.slice(0, 7);
  const d = new Date(`${date}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Averages daily points per week or month. Averages are linear, so each period's contributions
 * still sum to its value; coverage is every indicator that counted on any day of the period.
 */
export function averageByPeriod(points: IndexPointView[], interval: IndexInterval): IndexPointView[] {
  if (interval === 'day') return points;
  const groups = new Map<string, IndexPointView[]>();
  for (const point of points) {
    const key = periodOf(point.date, interval);
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  return [...groups.values()].map((group) => {
    const value = mean(group.map((p) => p.value));
    const keys = new Set(group.flatMap((p) => Object.keys(p.contributions)));
    const contributions = Object.fromEntries([...keys].map((k) => [k, group.reduce((sum, p) => sum + (p.contributions[k] ?? 0), 0) / group.length]));
    const bounds = group.every((p) => p.lower !== null && p.upper !== null);
    return {
      date: group[group.length - 1].date,
      value,
      band: classifyBand(value)?.key ?? '',
      contributions,
      coverage: [...new Set(group.flatMap((p) => p.coverage))],
      lower: bounds ? mean(group.map((p) => p.lower as number)) : null,
      upper: bounds ? mean(group.map((p) => p.upper as number)) : null,
    };
  });
}
