import { ChangeDetectionStrategy, Component, computed, input, viewChild } from '@angular/core';
import type { IndicatorScorePointView } from '@kem/contracts';
import { BandScale, DEFAULT_BAND_SCALE } from '@kem/scoring';
import { ChartCanvas } from './chart-canvas';
import { ChartDataTable } from './chart-data-table';
import { scoreChartTable } from './chart-table';
import { CHART_STYLES } from './chart-styles';
import { ChartEvent } from './chart-types';
import { scoreChartConfig, scoreChartSummary } from './score-chart.config';

/** One indicator's daily score over the risk bands with its events marked; a data table alternative. */
@Component({
  selector: 'kem-score-chart',
  imports: [ChartCanvas, ChartDataTable],
  template: `
    <kem-chart-canvas name="score" [config]="config()" [label]="summary()" [height]="height()" />
    <kem-chart-data-table [tables]="tables" />
  `,
  styles: CHART_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreChart {
  readonly name = input.required<string>();
  readonly points = input.required<readonly IndicatorScorePointView[]>();
  readonly events = input<readonly ChartEvent[]>([]);
  readonly scale = input<BandScale>(DEFAULT_BAND_SCALE);
  readonly height = input(320);

  private readonly input = computed(() => ({ name: this.name(), points: this.points(), events: this.events(), scale: this.scale() }));
  readonly config = computed(() => scoreChartConfig(this.input()));
  readonly summary = computed(() => scoreChartSummary(this.input()));
  protected readonly tables = computed(() => [scoreChartTable(this.input())]);
  private readonly canvas = viewChild.required(ChartCanvas);

  downloadPng(filename: string): Promise<Blob | null> {
    return this.canvas().downloadPng(filename);
  }
}
