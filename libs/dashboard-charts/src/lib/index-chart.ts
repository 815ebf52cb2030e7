import { ChangeDetectionStrategy, Component, computed, input, viewChild } from '@angular/core';
import type { IndexInterval, IndexPointView } from '@kem/contracts';
import { BandScale, DEFAULT_BAND_SCALE } from '@kem/scoring';
import { bandOf } from './bands';
import { ChartCanvas } from './chart-canvas';
import { ChartDataTable } from './chart-data-table';
import { severityText } from './chart-common';
import { CHART_STYLES } from './chart-styles';
import { ChartEvent } from './chart-types';
import { formatDay, formatPeriod } from './format';
import { indexChartConfig, indexChartSummary } from './index-chart.config';
import { tooltipAnnouncer } from './tooltip-announcer';

/** The exposure index over time with risk bands, the uncertainty band and event markers; a data table for keyboard and screen-reader users. */
@Component({
  selector: 'kem-index-chart',
  imports: [ChartCanvas, ChartDataTable],
  template: `
    <kem-chart-canvas name="index" [config]="config()" [label]="summary()" [height]="height()" />
    <p class="visually-hidden" role="status" aria-live="polite" data-testid="chart-tooltip">{{ announcer.text() }}</p>
    <kem-chart-data-table>
      <ng-template>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Index values">
          <table>
            <caption>
              Index values ({{
                points().length
              }})
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" class="num">Index</th>
                <th scope="col">Band</th>
                <th scope="col" class="num">5th pct.</th>
                <th scope="col" class="num">95th pct.</th>
              </tr>
            </thead>
            <tbody>
              @for (p of points(); track p.date) {
                <tr>
                  <td>{{ period(p.date) }}</td>
                  <td class="num">{{ p.value === null ? 'no value' : p.value.toFixed(1) }}</td>
                  <td>{{ p.value === null ? '–' : bandLabel(p.value) }}</td>
                  <td class="num">{{ p.lower?.toFixed(1) ?? '–' }}</td>
                  <td class="num">{{ p.upper?.toFixed(1) ?? '–' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (events().length > 0) {
          <div class="table-wrap" tabindex="0" role="region" aria-label="Events marked on the chart">
            <table>
              <caption>
                {{
                  eventsLabel()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Indicator</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                @for (e of events(); track e.id) {
                  <tr>
                    <td>{{ day(e.date) }}</td>
                    <td class="wrap">{{ e.title }}</td>
                    <td>{{ e.indicatorName }}</td>
                    <td>{{ severity(e.severity) }}</td>
                    <td>
                      @if (e.sourceUrl) {
                        <a [href]="e.sourceUrl" target="_blank" rel="noopener noreferrer">{{ e.sourceName }}</a>
                      } @else {
                        {{ e.sourceName }}
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </ng-template>
    </kem-chart-data-table>
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
  private readonly canvas = viewChild.required(ChartCanvas);

  downloadPng(filename: string): Promise<Blob | null> {
    return this.canvas().downloadPng(filename);
  }

  protected period(day: string): string {
    return formatPeriod(day, this.interval());
  }
  protected day(day: string): string {
    return formatDay(day);
  }
  protected bandLabel(value: number): string {
    return bandOf(value, this.scale())?.label ?? '';
  }
  protected severity(severity: number): string {
    return severityText(severity);
  }
}
