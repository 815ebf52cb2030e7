import { ChangeDetectionStrategy, Component, computed, ElementRef, input, viewChild } from '@angular/core';
import { bindChart } from '@kem/dashboard-charts';
import { DailyPath, pathChartConfig } from './path-chart.config';

/** Daily index paths over the bands, drawn once through bindChart and updated in place. */
@Component({
  selector: 'kem-path-chart',
  template: `
    <div class="frame" [style.height.px]="height()">
      <canvas #canvas [attr.data-chart]="name()" role="img" [attr.aria-label]="label()"></canvas>
    </div>
  `,
  styles: `
    .frame {
      position: relative;
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PathChart {
  readonly from = input.required<string>();
  readonly paths = input.required<readonly DailyPath[]>();
  readonly markDay = input<string | null>(null);
  readonly label = input.required<string>();
  readonly name = input('paths');
  readonly height = input(320);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  readonly config = computed(() => pathChartConfig(this.from(), this.paths(), this.markDay()));
  readonly chart = bindChart(this.canvas, this.config);
}
