import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartCanvas } from '@kem/dashboard-charts';
import { DailyPath, pathChartConfig } from './path-chart.config';

/** Daily index paths over the bands, on the dashboard's one chart canvas. */
@Component({
  selector: 'kem-path-chart',
  imports: [ChartCanvas],
  template: `<kem-chart-canvas [name]="name()" [config]="config()" [label]="label()" [height]="height()" />`,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PathChart {
  readonly from = input.required<string>();
  readonly paths = input.required<readonly DailyPath[]>();
  readonly markDay = input<string | null>(null);
  readonly label = input.required<string>();
  readonly name = input('paths');
  readonly height = input(320);

  readonly config = computed(() => pathChartConfig(this.from(), this.paths(), this.markDay()));
}
