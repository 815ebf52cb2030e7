import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MethodologyView } from '@kem/contracts';
import { ChartLine, formatDay, LineChart } from '@kem/dashboard-charts';
import { Loader } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { rate, validationFigures } from '../validation-report';
import { BASIS_LABELS, coefficientGroups, coefficientValue, goalpostFormula } from './method-v2.model';

/** Section ids and titles of the version-2 part of the page (the page's table of contents lists them). */
export const METHOD_V2_SECTIONS = [
  { id: 'method-v2', title: 'Method version 2: baseline, memory, freshness' },
  { id: 'coefficients', title: 'Every coefficient' },
  { id: 'baselines', title: 'Structural baselines' },
  { id: 'freshness', title: 'Review intervals and freshness' },
  { id: 'validation', title: 'Validation' },
  { id: 'comparison', title: 'The previous method beside version 2' },
] as const;

/**
 * The served method from GET /api/methodology: its formula and settings, every coefficient (no hidden
 * multipliers), the baselines with their goalposts and rationale, the review intervals, the validation
 * report, and the previous method's series beside version 2.
 */
@Component({
  selector: 'kem-method-v2',
  imports: [DecimalPipe, LineChart, LoadStatus],
  templateUrl: './method-v2.html',
  styleUrl: './method-v2.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MethodV2 {
  readonly methodology = input.required<MethodologyView>();
  readonly names = input<ReadonlyMap<string, string>>(new Map());
  /** The two series for the comparison chart (loaded by the page). */
  readonly comparison = input.required<Loader<ChartLine[]>>();

  readonly sections = METHOD_V2_SECTIONS;
  readonly basis = BASIS_LABELS;
  readonly groups = computed(() => coefficientGroups(this.methodology().coefficients, this.names()));
  readonly coefficientCount = computed(() => this.methodology().coefficients.length);
  readonly baselines = computed(() => this.methodology().indicators.filter((i) => i.baseline !== null));
  readonly validation = computed(() => validationFigures(this.methodology().validation));
  readonly comparisonLabel = computed(() => {
    const lines = this.comparison().value() ?? [];
    return `Line chart of the exposure index by month under the previous method (version 1) and under version 2: ${lines
      .map((l) => `${l.label}, ${l.points.length} months`)
      .join('; ')}. The yearly means are in the table above.`;
  });

  protected value(v: number | string): string {
    return coefficientValue(v);
  }
  protected goalposts(c: { lo: number; hi: number; direction: string }): string {
    return goalpostFormula(c);
  }
  protected rate(v: number | null): string {
    return rate(v);
  }
  protected day(d: string): string {
    return formatDay(d);
  }
  protected shareOf(shares: readonly { parameter: string; share: number }[], parameter: string): number | null {
    return shares.find((s) => s.parameter === parameter)?.share ?? null;
  }
  protected name(key: string): string {
    return this.names().get(key) ?? key;
  }
}
