import type { ObservationView } from '@kem/contracts';
import type { BaselineSpec } from '@kem/scoring';

/** One structural series behind an indicator's baseline, with its latest figure and whether it is older than expected. */
export interface StructuralSeriesRow {
  series: string;
  label: string;
  /** Goalposts in words: '0 → 100, higher is riskier'. */
  goalposts: string;
  weight: number;
  latest: ObservationView | null;
  /** '2024' or '2025-06', else the observation's day. */
  period: string | null;
  vintage: string | null;
  /** Months since the latest figure became known (period end or start plus the publication lag). */
  ageMonths: number | null;
  /** Older than the baseline's expected vintage, or never stored: carried forward and flagged. */
  stale: boolean;
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** First and last month index of a period 'YYYY' / 'YYYY-MM' (a part-year ending that month), else of the day. */
function periodMonths(period: string | null, date: string): { start: number; end: number } {
  if (period && /^\d{4}$/.test(period)) return { start: Number(period) * 12, end: Number(period) * 12 + 11 };
  if (period && /^\d{4}-\d{2}$/.test(period)) {
    const end = monthIndex(`${period}-01`);
    return { start: Number(period.slice(0, 4)) * 12, end };
  }
  return { start: monthIndex(date), end: monthIndex(date) };
}

export function structuralSeriesRows(
  baseline: BaselineSpec,
  observations: readonly ObservationView[],
  today: string,
): StructuralSeriesRow[] {
  return baseline.components.map((c) => {
    const mine = observations
      .filter((o) => o.series === c.series)
      .sort((a, b) => (b.period ?? b.date).localeCompare(a.period ?? a.date) || b.date.localeCompare(a.date));
    const latest = mine[0] ?? null;
    let ageMonths: number | null = null;
    if (latest) {
      const months = periodMonths(latest.period, latest.date);
      const known = (c.availableFrom === 'period_end' ? months.end : months.start) + c.lagMonths;
      ageMonths = Math.max(0, monthIndex(today) - known);
    }
    return {
      series: c.series,
      label: c.label,
      goalposts: `${c.lo} → ${c.hi}, ${c.direction === 'higher_is_riskier' ? 'higher is riskier' : 'higher is safer'}`,
      weight: c.weight,
      latest,
      period: latest ? (latest.period ?? latest.date) : null,
      vintage: latest?.vintage ?? null,
      ageMonths,
      stale: ageMonths === null || ageMonths > baseline.expectedVintageMonths,
    };
  });
}
