import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderRoute } from '@kem/dashboard-core/testing';
import { Chart } from 'chart.js';
import { aProfile, aWeeklySeries as weekly, PROFILES } from '../../testing/admin-fixtures';
import { ComparePage } from './compare-page';

const MORE = ['finance', 'logistics-retail', 'ngo-media', 'mining'].map((slug, i) => aProfile({ id: 3 + i, slug, name: slug }));

describe('ComparePage', () => {
  async function open(url = '/admin/compare') {
    const page = await renderRoute(url, [{ path: 'admin/compare', component: ComparePage }]);
    page.http.expectOne((r) => r.url === '/api/profiles').flush([...PROFILES, ...MORE]);
    await page.stable();
    return page;
  }

  /** The one live request for a profile's series (requests cancelled by a newer choice are ignored). */
  const seriesRequest = (http: HttpTestingController, slug: string): TestRequest => {
    const live = http.match((r) => r.url === '/api/index' && r.params.get('profile') === slug).filter((r) => !r.cancelled);
    expect(live).toHaveLength(1);
    return live[0];
  };
  const checkbox = (el: HTMLElement, slug: string) => el.querySelector(`mat-checkbox[data-slug="${slug}"] input`) as HTMLInputElement;

  it('charts the first two profiles by default, one named line each, weekly', async () => {
    const { http, el, stable } = await open();
    const first = seriesRequest(http, 'default');
    expect(first.request.params.get('interval')).toBe('week');
    expect(first.request.params.has('from')).toBe(false);
    first.flush(weekly('default', 'Default', [30, 35]));
    seriesRequest(http, 'energy-exporter').flush(weekly('energy-exporter', 'Energy exporter', [40, 52]));
    await stable();
    const chart = Chart.getChart(el.querySelector('canvas[data-chart=compare]') as HTMLCanvasElement) as Chart;
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Default (v1)', 'Energy exporter (v1)']);
    expect(chart.options.plugins?.legend?.display).toBe(true);
    const rows = Array.from(el.querySelectorAll('[data-testid=compare-table] tbody tr')).map((r) =>
      Array.from(r.children).map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Default v1', '35.0 14 Jan 2024', 'Guarded', '35.0 14 Jan 2024'],
      ['Energy exporter v1', '52.0 14 Jan 2024', 'Elevated', '52.0 14 Jan 2024'],
    ]);
    expect(el.querySelector('canvas')?.getAttribute('aria-label')).toContain('Energy exporter (latest 52.0)');
  });

  it('adds a profile from its checkbox into the address, fetching only the new one', async () => {
    const { http, el, stable, router } = await open('/admin/compare?profiles=default,energy-exporter&period=2y');
    const first = seriesRequest(http, 'default');
    expect(first.request.params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    first.flush(weekly('default', 'Default', [1]));
    http.match((r) => r.url === '/api/index').forEach((r) => r.flush(weekly('x', 'X', [1])));
    await stable();
    checkbox(el, 'finance').click();
    await stable();
    expect(router.url).toBe('/admin/compare?profiles=default,energy-exporter,finance&period=2y');
    seriesRequest(http, 'finance').flush(weekly('finance', 'Finance', [20]));
    http.expectNone((r) => r.url === '/api/index');
  });

  it('allows at most five profiles and asks for at least two', async () => {
    const { http, el, stable } = await open('/admin/compare?profiles=default,energy-exporter,finance,logistics-retail,ngo-media');
    http.match((r) => r.url === '/api/index').forEach((r) => r.flush(weekly('x', 'X', [1])));
    await stable();
    expect(checkbox(el, 'mining').disabled).toBe(true);
    expect(checkbox(el, 'finance').disabled).toBe(false);

    TestBed.inject(Router).navigateByUrl('/admin/compare?profiles=default');
    await stable();
    expect(el.querySelector('[data-testid=pick-more]')?.textContent).toContain('Pick at least two profiles');
    http.expectNone((r) => r.url === '/api/index');
  });

  it('says when the index cannot be loaded and tries again', async () => {
    const { http, el, stable } = await open();
    seriesRequest(http, 'default').flush({ message: 'Index not built yet' }, { status: 503, statusText: 'Unavailable' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Index not built yet');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await stable();
    seriesRequest(http, 'default').flush(weekly('default', 'Default', [30]));
    seriesRequest(http, 'energy-exporter').flush(weekly('energy-exporter', 'Energy exporter', [40]));
    await stable();
    expect(el.querySelector('[role=alert]')).toBeNull();
  });
});
