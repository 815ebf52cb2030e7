import { ChangeDetectionStrategy, Component, computed, input, signal, viewChild } from '@angular/core';
import { applyChartConfig } from './chart-binding';
import { ChartCanvas } from './chart-canvas';
import { ChartLine, lineChartConfig } from './line-chart.config';

/**
 * Lines of the index over time on one canvas, drawn by ChartCanvas like every dashboard chart.
 * Lines come from the `lines` input, or from `draw()` when the caller times the redraw (the weights
 * preview): `draw()` redraws before it returns.
 */
@Component({
  selector: 'kem-line-chart',
  imports: [ChartCanvas],
  template: `<kem-chart-canvas [name]="name()" [config]="config()" [label]="label()" [height]="height()" />`,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChart {
  readonly lines = input<readonly ChartLine[]>([]);
  /** What the chart shows, in words (read by screen readers in place of the picture). */
  readonly label = input.required<string>();
  /** data-chart attribute, for browser tests. */
  readonly name = input('line');
  readonly height = input(320);
  readonly legend = input(true);
  /** Shade and label the risk bands behind the lines. */
  readonly bands = input(true);

  /** Lines given to `draw()`; they win over the input once set. */
  private readonly drawn = signal<readonly ChartLine[] | null>(null);
  readonly config = computed(() => lineChartConfig(this.drawn() ?? this.lines(), this.legend(), this.bands()));
  /** The chart.js instance once drawn (null before the first render and after destroy). */
  private readonly canvas = viewChild(ChartCanvas);
  readonly chart = computed(() => this.canvas()?.chart() ?? null);
  /** True once chart.js has drawn the canvas. */
  readonly ready = computed(() => this.chart() !== null);

  /** Replaces the lines and redraws at once. */
  draw(lines: readonly ChartLine[]): void {
    this.drawn.set(lines);
    const chart = this.chart();
    if (chart) applyChartConfig(chart, this.config());
  }
}
