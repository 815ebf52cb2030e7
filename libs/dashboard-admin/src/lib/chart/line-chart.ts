import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Chart } from 'chart.js';
import { registerAdminCharts } from './admin-chart-registry';
import { ChartLine, lineChartConfig, lineDataset } from './line-chart.config';
import type { ChartPoint } from '../preview/preview-math';

/**
 * Lines of the index over time on one chart.js canvas: created once after the first render, then
 * updated in place. Lines come from the `lines` input, or are drawn directly with `draw()` when the
 * caller wants to time the redraw (the weights preview).
 */
@Component({
  selector: 'kem-admin-line-chart',
  template: `
    <div class="frame" [style.height.px]="height()">
      <canvas #canvas [attr.data-chart]="name()" role="img" [attr.aria-label]="label()"></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
    }
    canvas {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLineChart {
  readonly lines = input<readonly ChartLine[] | null>(null);
  /** What the chart shows, in words (read by screen readers in place of the picture). */
  readonly label = input.required<string>();
  /** data-chart attribute, for browser tests. */
  readonly name = input('line');
  readonly height = input(320);
  readonly legend = input(true);

  /** True once chart.js has drawn the canvas. */
  readonly ready = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'line', ChartPoint[]> | null = null;

  constructor() {
    let destroyed = false;
    afterNextRender({
      write: () => {
        if (destroyed) return;
        registerAdminCharts();
        this.chart = new Chart(this.canvas().nativeElement, lineChartConfig(untracked(this.lines) ?? [], untracked(this.legend)));
        this.ready.set(true);
      },
    });
    effect(() => {
      const lines = this.lines();
      if (this.ready() && lines) untracked(() => this.draw(lines));
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.chart?.destroy();
      this.chart = null;
    });
  }

  /** Replaces the lines and redraws at once, without animation. */
  draw(lines: readonly ChartLine[]): void {
    const chart = this.chart;
    if (!chart) return;
    const datasets = chart.data.datasets;
    lines.forEach((line, i) => {
      if (datasets[i]?.label === line.label) datasets[i].data = line.points;
      else datasets[i] = lineDataset(line);
    });
    datasets.length = lines.length;
    chart.update('none');
  }
}
