import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { bindChart } from './chart-binding';
import { downloadChartPng } from './export';

/**
 * The one canvas every dashboard chart draws on: a frame of the given height, the canvas named for
 * browser tests (`data-chart`) and described for screen readers (`aria-label`), and `config` drawn
 * through `bindChart` (created once, then updated in place, destroyed with the component).
 */
@Component({
  selector: 'kem-chart-canvas',
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
    @media print {
      canvas {
        width: 100% !important;
        height: auto !important;
      }
      .frame {
        height: auto !important;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartCanvas {
  readonly config = input.required<ChartConfiguration<ChartType, unknown>>();
  /** data-chart attribute, for browser tests and benchmarks. */
  readonly name = input.required<string>();
  /** What the chart shows, in words (read by screen readers in place of the picture). */
  readonly label = input.required<string>();
  readonly height = input(320);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  /** The chart.js instance once drawn (null before the first render and after destroy). */
  readonly chart = bindChart<ChartType, unknown>(this.canvas, this.config);

  downloadPng(filename: string): Promise<Blob | null> {
    return downloadChartPng(this.chart(), filename);
  }
}
