import { ChangeDetectionStrategy, Component, computed, input, viewChild } from '@angular/core';
import type { IndexInterval, IndexPointView } from '@kem/contracts';
import { BandScale, DEFAULT_BAND_SCALE } from '@kem/scoring';
import { ChartCanvas } from './chart-canvas';
import { ChartDataTable } from './chart-data-table';
import { indexChartTables } from './chart-table';
import { CHART_STYLES } from './chart-styles';
import { ChartEvent } from './chart-types';
import { indexChartConfig, indexChartSummary } from './index-chart.config';
import { tooltipAnnouncer } from './tooltip-announcer';

/** The exposure index over time with risk bands, the uncertainty band and event markers; a data table for keyboard and screen-reader users. */
@Component({
  selector: 'kem-index-chart',
  imports: [ChartCanvas, ChartDataTable],
  template: `
    <kem-chart-canvas name="index" [config]="config()" [label]="summary()" [height]="height()" />
    <p class="visually-hidden" role="status" aria-live="polite" data-testid="chart-tooltip">{{ announcer.text() }}</p>
    <kem-chart-data-table [tables]="tables" />
  `,
  styles: CHART_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndexChart {
  readonly points = input.required<readonly IndexPointView[]>();
  readonly events = input<readonly ChartEvent[]>([]);
  readonly eventsLabel = input('Events');
  readonly interval = input<IndexInterval>('day');
  readonly scale = input<BandScale>(DEFAULT_BAND_SCALE);
  readonly height = input(360);

  private readonly input = computed(() => ({
    points: this.points(),
    events: this.events(),
    eventsLabel: this.eventsLabel(),
    interval: this.interval(),
    scale: this.scale(),
  }));
  protected readonly announcer = tooltipAnnouncer();
  readonly config = computed(() => {
    const config = indexChartConfig(this.input());
    return { ...config, plugins: [...(config.plugins ?? []), this.announcer.plugin] };
  });
  readonly summary = computed(() => indexChartSummary(this.input()));
  protected readonly tables = computed(() => indexChartTables(this.input()));
  private readonly canvas = viewChild.required(ChartCanvas);

  downloadPng(filename: string): Promise<Blob | null> {
    return this.canvas().downloadPng(filename);
  }
}
