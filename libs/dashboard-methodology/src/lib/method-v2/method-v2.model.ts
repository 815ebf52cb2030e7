import type { IndexSeriesView, MethodologyView } from '@kem/contracts';
import { ChartLine, dayToTime } from '@kem/dashboard-charts';
import type { CoefficientRow } from '@kem/scoring';

export const COEFFICIENT_GROUP_LABELS: Readonly<Record<CoefficientRow['group'], string>> = {
  weight: 'Weights',
  impact: 'Impacts by severity',
  half_life: 'Half-lives',
  saturation: 'Saturation constants',
  stage: 'Legislative stage levels',
  baseline: 'Baseline goalposts',
  freshness: 'Review intervals and freshness',
  memory: 'Memory (lifecycle holds)',
  composite: 'Composite (aggregation, λ)',
  calibration: 'Calibration rules',
};

export const BASIS_LABELS: Readonly<Record<CoefficientRow['basis'], string>> = {
  argued: 'argued',
  fitted: 'fitted',
  data: 'from data',
};

export interface CoefficientGroup {
  group: CoefficientRow['group'];
  label: string;
  rows: (CoefficientRow & { indicatorName: string })[];
}

/** Every coefficient, grouped in the order of COEFFICIENT_GROUP_LABELS, each row naming its indicator. */
export function coefficientGroups(rows: readonly CoefficientRow[], names: ReadonlyMap<string, string>): CoefficientGroup[] {
  const order = Object.keys(COEFFICIENT_GROUP_LABELS) as CoefficientRow['group'][];
  const known = new Set<string>(order);
  const groups = [...order, ...new Set(rows.map((r) => r.group).filter((g) => !known.has(g)))];
  return groups
    .map((group) => ({
      group,
      label: COEFFICIENT_GROUP_LABELS[group] ?? group,
      rows: rows
        .filter((r) => r.group === group)
        .map((r) => ({ ...r, indicatorName: r.indicatorKey === null ? 'whole index' : (names.get(r.indicatorKey) ?? r.indicatorKey) })),
    }))
    .filter((g) => g.rows.length > 0);
}

/** A coefficient's value for people: numbers without float noise. */
export function coefficientValue(value: number | string): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(6))) : value;
}

export const COMPARISON_COLORS = { v1: '#6b7280', v2: '#1f5fbf' } as const;

/** The previous method's series (grey, dashed) beside version 2 (blue); days without a value are left out, never drawn as 0. */
export function comparisonLines(v1: IndexSeriesView, v2: IndexSeriesView): ChartLine[] {
  const line = (series: IndexSeriesView) => series.points.flatMap((p) => (p.value === null ? [] : [{ x: dayToTime(p.date), y: p.value }]));
  return [
    { label: `Version 1 (previous method)`, points: line(v1), color: COMPARISON_COLORS.v1, dashed: true },
    { label: `Version 2 (served)`, points: line(v2), color: COMPARISON_COLORS.v2 },
  ];
}

/** The baseline's normalisation of one series in words: 'u = clip((v − 0) / (100 − 0), 0, 1) · 100'. */
export function goalpostFormula(c: { lo: number; hi: number; direction: string }): string {
  const u = `clip((v − ${c.lo}) / (${c.hi} − ${c.lo}), 0, 1) · 100`;
  return c.direction === 'higher_is_riskier' ? `u = ${u}` : `u = 100 − ${u}`;
}

export function methodSummary(view: MethodologyView): string {
  return `${view.method.label}. ${view.method.summary}`;
}
