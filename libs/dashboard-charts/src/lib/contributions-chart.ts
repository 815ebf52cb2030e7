import { ChangeDetectionStrategy, Component, computed, input, viewChild } from '@angular/core';
import type { IndexInterval, IndexPointView } from '@kem/contracts';
import { ChartCanvas } from './chart-canvas';
import { ChartDataTable } from './chart-data-table';
import { contributionsChartTable } from './chart-table';
import { CHART_STYLES } from './chart-styles';
import { ChartIndicator } from './chart-types';
import { contributionsChartConfig, contributionsChartSummary } from './contributions-chart.config';

/** Each indicator's contribution to the index as stacked areas, named in the legend; a data table alternative. */
@Component({
  selector: 'kem-contributions-chart',
  imports: [ChartCanvas, ChartDataTable],
  template: `
    <kem-chart-canvas name="contributions" [config]="config()" [label]="summary()" [height]="height()" />
    <kem-chart-data-table [tables]="tables" />
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
  protected readonly tables = computed(() => [contributionsChartTable(this.input())]);
  private readonly canvas = viewChild.required(ChartCanvas);

  downloadPng(filename: string): Promise<Blob | null> {
    return this.canvas().downloadPng(filename);
  }
}
