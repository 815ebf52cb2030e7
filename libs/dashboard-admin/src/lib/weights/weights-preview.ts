import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked, viewChild } from '@angular/core';
import type { AggregationMethodName } from '@kem/contracts';
import { dateAtIndex, type ScoredHistory } from '@kem/scoring';
import { LineChart, PREVIEW_COLORS } from '@kem/dashboard-charts';
import { median, previewValues, summarisePreview, toChartPoints, type PreviewSummary } from '../preview/preview-math';
import { formatDay, signed } from '../shared/format';

/** How many recent update timings the median is taken over. */
const TIMING_WINDOW = 50;

/**
 * The index under the weights being edited against the saved version's, re-weighted in the browser
 * from the score history fetched once: each change runs computeIndex and redraws the chart, and the
 * time both took is shown. No request per change.
 */
@Component({
  selector: 'kem-weights-preview',
  imports: [LineChart, DecimalPipe],
  template: `
    <p class="summary" data-testid="preview-summary" aria-live="polite">
      @if (problem()) {
        {{ problem() }}
      } @else if (summary(); as s) {
        Latest: saved <strong>{{ s.savedLatest | number: '1.1-1' }}</strong
        >, preview <strong>{{ s.previewLatest | number: '1.1-1' }}</strong> ({{ sign(s.previewLatest - s.savedLatest) }}).
        @if (s.largestChange !== 0) {
          Largest difference {{ sign(s.largestChange) }} on {{ day(s.largestChangeAt) }}.
        } @else {
          Same index as saved.
        }
      } @else {
        No index values to preview yet.
      }
    </p>
    <kem-line-chart name="weights-preview" [label]="label()" [height]="300" />
    <p class="timing" data-testid="preview-timing">
      @if (lastMs() !== null) {
        Preview updated in {{ lastMs() | number: '1.1-1' }} ms (median {{ medianMs() | number: '1.1-1' }} ms over {{ samples().length }}
        {{ samples().length === 1 ? 'update' : 'updates' }}; {{ history().days | number }} days re-weighted in the browser)
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .summary {
      margin: 0 0 8px;
      min-height: 2.6em;
    }
    .timing {
      margin: 4px 0 0;
      font-size: 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeightsPreview {
  readonly history = input.required<ScoredHistory>();
  readonly savedWeights = input.required<Readonly<Record<string, number>>>();
  readonly savedMethod = input.required<AggregationMethodName>();
  readonly savedPeakChannel = input.required<number>();
  readonly savedLabel = input('Saved');
  /** The weights being edited; null while some are not valid numbers (the last preview stays). */
  readonly weights = input.required<Readonly<Record<string, number>> | null>();
  readonly method = input.required<AggregationMethodName>();
  /** The peak-channel λ being edited; null while it is not a number from 0 to 1. */
  readonly peakChannel = input.required<number | null>();

  private readonly chart = viewChild.required(LineChart);
  readonly summary = signal<PreviewSummary | null>(null);
  readonly problem = signal<string | null>(null);
  readonly samples = signal<number[]>([]);
  readonly lastMs = computed(() => this.samples().at(-1) ?? null);
  readonly medianMs = computed(() => median(this.samples()));

  private readonly saved = computed(() => {
    try {
      const values = previewValues(this.history(), this.savedWeights(), this.savedMethod(), this.savedPeakChannel());
      return { values, points: toChartPoints(this.history().from, values) };
    } catch {
      return null;
    }
  });

  readonly label = computed(() => {
    const s = this.summary();
    const base = `Exposure index over time: ${this.savedLabel().toLowerCase()} weights (dashed) and the preview of the weights being edited.`;
    return s ? `${base} Latest saved ${s.savedLatest.toFixed(1)}, preview ${s.previewLatest.toFixed(1)}.` : base;
  });

  constructor() {
    effect(() => {
      const chart = this.chart();
      const history = this.history();
      const weights = this.weights();
      const method = this.method();
      const peakChannel = this.peakChannel();
      const saved = this.saved();
      if (!chart.ready() || !saved) return;
      untracked(() => this.update(chart, history, saved, peakChannel === null ? null : weights, method, peakChannel ?? 0));
    });
  }

  private update(
    chart: LineChart,
    history: ScoredHistory,
    saved: { values: Float64Array; points: ReturnType<typeof toChartPoints> },
    weights: Readonly<Record<string, number>> | null,
    method: AggregationMethodName,
    peakChannel: number,
  ): void {
    if (!weights) {
      this.problem.set('Fix the highlighted weights to update the preview.');
      return;
    }
    const start = performance.now();
    let values: Float64Array;
    try {
      values = previewValues(history, weights, method, peakChannel);
    } catch {
      // No index under these weights: the last preview line would be a lie, so only the saved one stays.
      chart.draw([{ label: this.savedLabel(), points: saved.points, color: PREVIEW_COLORS.saved, dashed: true }]);
      this.problem.set('At least one indicator needs a weight above 0.');
      this.summary.set(null);
      return;
    }
    chart.draw([
      { label: this.savedLabel(), points: saved.points, color: PREVIEW_COLORS.saved, dashed: true },
      { label: 'Preview', points: toChartPoints(history.from, values), color: PREVIEW_COLORS.preview },
    ]);
    const elapsed = performance.now() - start;
    this.problem.set(null);
    this.summary.set(summarisePreview(saved.values, values));
    this.samples.update((list) => [...list.slice(-(TIMING_WINDOW - 1)), elapsed]);
  }

  protected sign(value: number): string {
    return signed(value);
  }

  protected day(index: number): string {
    return formatDay(dateAtIndex(this.history().from, index));
  }
}
