import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { IndexPointView } from '@kem/contracts';
import { Chart } from 'chart.js';
import { aPoint } from '../testing/fixtures';
import { ChartEvent } from './chart-types';
import { ContributionsChart } from './contributions-chart';
import { IndexChart } from './index-chart';
import { ScoreChart } from './score-chart';

@Component({
  imports: [IndexChart, ContributionsChart, ScoreChart],
  template: `
    @if (shown()) {
      <kem-index-chart [points]="points()" [events]="events()" eventsLabel="Events, severity 3+" />
      <kem-contributions-chart [points]="points()" [indicators]="indicators" interval="week" />
      <kem-score-chart name="CPC pipeline disruptions" [points]="scores" />
    }
  `,
})
class Host {
  readonly shown = signal(true);
  readonly points = signal<IndexPointView[]>([aPoint('2024-01-01', { cpc: 10, csto: 5 }), aPoint('2024-01-02', { cpc: 11, csto: 5 })]);
  readonly events = signal<ChartEvent[]>([]);
  readonly indicators = [
    { key: 'cpc', name: 'CPC pipeline disruptions' },
    { key: 'csto', name: 'CSTO / Russian military activity' },
  ];
  readonly scores = [{ date: '2024-01-01', score: 12 }];
}

describe('chart components', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => jest.restoreAllMocks());

  it('label each canvas for browser tests and screen readers', async () => {
    const { el } = await render();
    const canvases = Array.from(el.querySelectorAll('canvas'));
    expect(canvases.map((c) => c.getAttribute('data-chart'))).toEqual(['index', 'contributions', 'score']);
    expect(canvases.every((c) => c.getAttribute('role') === 'img')).toBe(true);
    expect(canvases[0].getAttribute('aria-label')).toContain('latest 16.0 (Low)');
    expect(canvases[1].getAttribute('aria-label')).toContain('largest contributions: CPC pipeline disruptions 11.0');
    expect(canvases[2].getAttribute('aria-label')).toContain('CPC pipeline disruptions score');
  });

  it('create each chart once after rendering, update it in place when inputs change, and destroy it with the component', async () => {
    const update = jest.spyOn(Chart.prototype, 'update');
    const destroy = jest.spyOn(Chart.prototype, 'destroy');
    const { fixture, host, el } = await render();
    const canvas = el.querySelector('canvas[data-chart=index]') as HTMLCanvasElement;
    const chart = Chart.getChart(canvas) as Chart;
    expect(chart).toBeDefined();
    expect(Chart.getChart(el.querySelector('canvas[data-chart=contributions]') as HTMLCanvasElement)).toBeDefined();
    update.mockClear();

    host.events.set([{ id: 1, date: '2024-01-02', title: 'Pipeline stopped', severity: 4, sourceName: 'Reuters', indicatorName: 'CPC' }]);
    await fixture.whenStable();
    expect(Chart.getChart(canvas)).toBe(chart);
    expect(update).toHaveBeenCalledTimes(1);
    expect(chart.data.datasets[3].data).toHaveLength(1);
    expect(canvas.getAttribute('aria-label')).toContain('1 event marked');

    host.shown.set(false);
    await fixture.whenStable();
    expect(destroy).toHaveBeenCalledTimes(3);
    expect(Chart.getChart(canvas)).toBeUndefined();
  });

  it('offer the data as a table, built only when asked for', async () => {
    const { fixture, el } = await render();
    const details = el.querySelector('kem-index-chart details') as HTMLDetailsElement;
    expect(details.querySelector('table')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await fixture.whenStable();
    const rows = Array.from(details.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['1 Jan 2024', '15.0', 'Low', '13.0', '18.0'],
      ['2 Jan 2024', '16.0', 'Low', '14.0', '19.0'],
    ]);
    const contributions = el.querySelector('kem-contributions-chart details') as HTMLDetailsElement;
    contributions.open = true;
    contributions.dispatchEvent(new Event('toggle'));
    await fixture.whenStable();
    expect(Array.from(contributions.querySelectorAll('th')).map((th) => th.textContent?.trim())).toEqual([
      'Period',
      'CPC pipeline disruptions',
      'CSTO / Russian military activity',
      'Index',
    ]);
  });

  it('download what the chart shows as PNG', async () => {
    const { fixture } = await render();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback) => callback(new Blob(['png'])));
    const chart = fixture.debugElement.children.find((c) => c.componentInstance instanceof IndexChart)?.componentInstance as IndexChart;
    expect(await chart.downloadPng('index.png')).not.toBeNull();
    expect(click).toHaveBeenCalledTimes(1);
  });
});
