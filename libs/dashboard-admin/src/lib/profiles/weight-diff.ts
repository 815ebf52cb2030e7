import { VersionDiffView } from '@kem/contracts';

export interface WeightDiffRow {
  key: string;
  name: string;
  from: number | null;
  to: number | null;
  /** to − from; null when the indicator is missing on one side. */
  change: number | null;
}

/** The changed weights of a diff, in words: named indicators, biggest change first; unchanged ones left out. */
export function weightDiffRows(diff: VersionDiffView, names: ReadonlyMap<string, string>): WeightDiffRow[] {
  return diff.weights
    .filter((w) => w.from !== w.to)
    .map((w) => ({
      key: w.indicatorKey,
      name: names.get(w.indicatorKey) ?? w.indicatorKey,
      from: w.from,
      to: w.to,
      change: w.from === null || w.to === null ? null : w.to - w.from,
    }))
    .sort((a, b) => Math.abs(b.change ?? Infinity) - Math.abs(a.change ?? Infinity) || a.name.localeCompare(b.name));
}

/** The heaviest weights as shares, e.g. "CPC pipeline disruptions 30 %, Trade dependence 15 %". */
export function topShares(weights: Readonly<Record<string, number>>, names: ReadonlyMap<string, string>, count = 3): string {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) return '';
  return Object.entries(weights)
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    .slice(0, count)
    .map(([key, w]) => `${names.get(key) ?? key} ${Math.round((w / total) * 100)} %`)
    .join(', ');
}
