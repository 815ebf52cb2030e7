import { ChangeDetectionStrategy, Component, computed, input, viewChild } from '@angular/core';
import type { IndexInterval, IndexPointView } from '@kem/contracts';
import { ChartCanvas } from './chart-canvas';
import { ChartDataTable } from './chart-data-table';
import { CHART_STYLES } from './chart-styles';
import { ChartIndicator } from './chart-types';
import { contributionsChartConfig, contributionsChartSummary, stackOrder } from './contributions-chart.config';
import { formatPeriod } from './format';

/** Each indicator's contribution to the index as stacked areas, named in the legend; a data table alternative. */
@Component({
  selector: 'kem-contributions-chart',
  imports: [ChartCanvas, ChartDataTable],
  template: `
    <kem-chart-canvas name="contributions" [config]="config()" [label]="summary()" [height]="height()" />
    <kem-chart-data-table>
      <ng-template>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Contributions by indicator">
          <table>
            <caption>
              Index points contributed by each indicator
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                @for (i of columns(); track i.key) {
                  <th scope="col" class="num">{{ i.name }}</th>
                }
                <th scope="col" class="num">Index</th>
              </tr>
            </thead>
            <tbody>
              @for (p of points(); track p.date) {
                <tr>
                  <td>{{ period(p.date) }}</td>
                  @for (i of columns(); track i.key) {
                    <td class="num">{{ p.contributions[i.key]?.toFixed(1) ?? '–' }}</td>
                  }
                  <td class="num">{{ p.value === null ? 'no value' : p.value.toFixed(1) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </ng-template>
    </kem-chart-data-table>
  `,
  styles: CHART_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContributionsChart {
  readonly points = input.required<readonly IndexPointView[]>();
  readonly indicators = input.required<readonly ChartIndicator[]>();
  readonly interval = input<IndexInterval>('day');
  readonly height = input(320);

  private readonly input = computed(() => ({ points: this.points(), indicators: this.indicators(), interval: this.interval() }));
  readonly config = computed(() => contributionsChartConfig(this.input()));
  readonly summary = computed(() => contributionsChartSummary(this.input()));
  readonly columns = computed(() => stackOrder(this.points(), this.indicators()));
  private readonly canvas = viewChild.required(ChartCanvas);

  downloadPng(filename: string): Promise<Blob | null> {
    return this.canvas().downloadPng(filename);
  }

  protected period(day: string): string {
    return formatPeriod(day, this.interval());
  }
}
