import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Role } from '@kem/contracts';
import { TEXT_FILTER_DEBOUNCE_MS } from '@kem/dashboard-core';
import { aPage, anEvent, CPC, CSTO, FOREIGN_AGENT, refuse, renderRoute, typePausing } from '@kem/dashboard-core/testing';
import { EventsPage } from './events-page';

const INDICATORS = [CPC, FOREIGN_AGENT, CSTO];

@Component({ template: '' })
class Blank {}

describe('EventsPage', () => {
  async function open(url: string, role: Role | null = null) {
    const page = await renderRoute(
      url,
      [
        { path: 'events', component: EventsPage },
        { path: '**', component: Blank },
      ],
      { signedInAs: role },
    );
    page.http.expectOne('/api/indicators').flush(INDICATORS);
    return { ...page, loader: TestbedHarnessEnvironment.loader(page.fixture) };
  }

  const listRequest = (http: HttpTestingController): TestRequest => http.expectOne((r) => r.url === '/api/events' && r.method === 'GET');
  const params = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  /** The page at `url` once its list has answered with `list` (one event unless told otherwise). */
  async function openShowing(url: string, list = aPage([anEvent()]), role: Role | null = null) {
    const page = await open(url, role);
    listRequest(page.http).flush(list);
    await page.stable();
    return page;
  }

  it('shows the timeline by year, newest first, with dates at their precision, severity in words and the stored source link', async () => {
    const { http, el, stable } = await open('/events');
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    listRequest(http).flush(
      aPage(
        [
          anEvent({
            id: 3,
            date: '2022-01-06',
            endDate: '2022-01-19',
            indicatorKey: 'csto_military',
            severity: 5,
            title: 'CSTO troops deployed',
          }),
          anEvent({
            id: 2,
            date: '2022-03-01',
            datePrecision: 'month',
            title: 'Foreign-funding data made public',
            indicatorKey: 'foreign_agent',
            stage: 'adopted',
          }),
          anEvent({
            id: 1,
            date: '2021-01-01',
            datePrecision: 'year',
            title: 'Rumoured troop movements',
            confidence: 'low',
            sourceUrl: 'https://example.org/a?b=1&c=2',
          }),
        ],
        { total: 3 },
      ),
    );
    await stable();
    expect(Array.from(el.querySelectorAll('.year h2')).map((h) => h.textContent?.trim())).toEqual(['2022', '2021']);
    const cards = Array.from(el.querySelectorAll('kem-event-card'));
    expect(cards[0].textContent).toContain('6 January 2022 – 19 January 2022');
    expect(cards[0].textContent).toContain('(14 days)');
    expect(cards[0].textContent).toContain('CSTO / Russian military activity');
    expect(cards[0].textContent).toContain('Severity 5 of 5 · Extreme');
    expect(cards[0].querySelectorAll('.pip.filled')).toHaveLength(5);
    expect(cards[1].textContent).toContain('March 2022');
    expect(cards[1].textContent).not.toContain('1 March 2022');
    expect(cards[1].textContent).toContain('Stage: Adopted');
    expect(cards[2].querySelector('.when')?.textContent?.trim()).toBe('2021');
    const link = cards[2].querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://example.org/a?b=1&c=2');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.querySelector('[data-testid=total]')?.textContent).toContain('Showing 1–3 of 3 events');
  });

  it('marks low-confidence events visibly and shows titles as text, never as markup', async () => {
    const { el } = await openShowing(
      '/events',
      aPage([anEvent({ id: 1, confidence: 'low', title: '<img src=x onerror=alert(1)>Leak' }), anEvent({ id: 2 })]),
    );
    const [low, high] = Array.from(el.querySelectorAll('kem-event-card'));
    expect(low.querySelector('[data-testid=low-confidence]')?.textContent).toContain('Low confidence');
    expect(low.querySelector('.event')?.classList).toContain('low-confidence');
    expect(high.querySelector('[data-testid=low-confidence]')).toBeNull();
    expect(low.querySelector('img')).toBeNull();
    expect(low.querySelector('h3')?.textContent).toBe('<img src=x onerror=alert(1)>Leak');
  });

  it('sends the filters in the URL to the API and shows them in the form', async () => {
    const { http, el, stable, loader } = await open(
      '/events?indicator=cpc_pipeline&from=2022-01-01&to=2022-12-31&q=storm&page=2&pageSize=50',
    );
    const req = listRequest(http);
    expect(params(req)).toEqual({ indicator: 'cpc_pipeline', from: '2022-01-01', to: '2022-12-31', q: 'storm', page: '2', pageSize: '50' });
    req.flush(aPage([], { total: 0, page: 2, pageSize: 50 }));
    await stable();
    expect(await (await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=indicator-filter]' }))).getValueText()).toBe(
      'CPC pipeline disruptions',
    );
    expect((el.querySelector('input[type=search]') as HTMLInputElement).value).toBe('storm');
    expect((el.querySelector('[data-testid=from-filter]') as HTMLInputElement).value).toBe('1 Jan 2022');
    expect(el.textContent).toContain('No events match these filters');
  });

  it('reads a day typed the way the app writes days, and waits until the day is whole', async () => {
    const { http, el, stable, router } = await openShowing('/events');
    const from = el.querySelector('[data-testid=from-filter]') as HTMLInputElement;
    from.value = '4 De';
    from.dispatchEvent(new Event('input'));
    await stable();
    http.expectNone((r) => r.url === '/api/events');
    from.value = '4 Dec 2021';
    from.dispatchEvent(new Event('input'));
    await stable();
    expect(router.url).toBe('/events?from=2021-12-04');
    expect(params(listRequest(http))).toEqual({ from: '2021-12-04', page: '1', pageSize: '20' });
  });

  it('puts a chosen filter into the URL, back to page 1, and reloads', async () => {
    const { http, stable, loader, router } = await openShowing('/events?page=3', aPage([anEvent()], { total: 41, page: 3 }));
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=indicator-filter]' }));
    await select.open();
    await select.clickOptions({ text: 'CSTO / Russian military activity' });
    await stable();
    expect(router.url).toBe('/events?indicator=csto_military');
    const req = listRequest(http);
    expect(params(req)).toEqual({ indicator: 'csto_military', page: '1', pageSize: '20' });
    req.flush(aPage([]));
  });

  it('follows the address bar when the user goes back, and can apply the same filter again', async () => {
    const { http, stable, loader, router } = await openShowing('/events');
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=indicator-filter]' }));
    await select.open();
    await select.clickOptions({ text: 'CPC pipeline disruptions' });
    await stable();
    listRequest(http).flush(aPage([anEvent()]));
    await router.navigateByUrl('/events');
    await stable();
    expect(listRequest(http).request.params.has('indicator')).toBe(false);
    expect(await select.getValueText()).toBe('All indicators');
    await select.open();
    await select.clickOptions({ text: 'CPC pipeline disruptions' });
    await stable();
    expect(router.url).toBe('/events?indicator=cpc_pipeline');
  });

  it('applies typed text after a pause, as a shareable query parameter', async () => {
    const { http, el, stable, router } = await openShowing('/events');
    const input = el.querySelector('input[type=search]') as HTMLInputElement;
    typePausing(input, ['pipe', 'pipeline'], TEXT_FILTER_DEBOUNCE_MS, () => http.expectNone((r) => r.url === '/api/events'));
    await stable();
    expect(router.url).toBe('/events?q=pipeline');
    expect(params(listRequest(http))).toEqual({ q: 'pipeline', page: '1', pageSize: '20' });
  });

  it('waits for three characters before searching, saying so, and keeps the other filters working', async () => {
    const { http, el, stable, router } = await openShowing('/events?q=pipeline');
    const input = el.querySelector('input[type=search]') as HTMLInputElement;
    typePausing(input, ['E', 'EU'], TEXT_FILTER_DEBOUNCE_MS, () => http.expectNone((r) => r.url === '/api/events'));
    await stable();
    http.expectNone((r) => r.url === '/api/events');
    expect(router.url).toBe('/events?q=pipeline');
    expect(el.querySelector('[data-testid=text-too-short]')?.textContent).toContain('Type at least 3 characters to search');

    typePausing(input, ['EU ', 'EU s'], TEXT_FILTER_DEBOUNCE_MS, () => undefined);
    await stable();
    expect(router.url).toBe('/events?q=EU%20s');
    expect(el.querySelector('[data-testid=text-too-short]')).toBeNull();
  });

  it('pages through the results and keeps the page in the URL', async () => {
    const { http, stable, loader, router } = await openShowing('/events?indicator=cpc_pipeline', aPage([anEvent()], { total: 45 }));
    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await stable();
    expect(router.url).toBe('/events?indicator=cpc_pipeline&page=2');
    expect(params(listRequest(http))).toEqual({ indicator: 'cpc_pipeline', page: '2', pageSize: '20' });
  });

  it('shows the error and retries on request', async () => {
    const { http, el, stable } = await open('/events');
    refuse(listRequest(http), 503, 'Database unavailable');
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Database unavailable');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await stable();
    listRequest(http).flush(aPage([]));
    await stable();
    expect(el.textContent).toContain('No events match these filters');
  });

  it.each<Role | null>([null, 'viewer'])('offers no editing and no status filter to %s', async (role) => {
    const { el } = await openShowing('/events', aPage([anEvent()]), role);
    expect(el.textContent).not.toContain('Add event');
    expect(el.querySelector('[data-testid=status-filter]')).toBeNull();
    expect(Array.from(el.querySelectorAll('kem-event-card a, kem-event-card button')).map((b) => b.textContent?.trim())).toEqual([
      'Interfax (opens in a new tab)',
    ]);
  });

  it('lets analysts add, edit, filter by status and delete after confirming', async () => {
    const { http, el, stable } = await open('/events?status=draft', 'analyst');
    const req = listRequest(http);
    expect(params(req)).toEqual({ status: 'draft', page: '1', pageSize: '20' });
    req.flush(aPage([anEvent({ id: 4, status: 'draft', title: 'Draft from RSS' })]));
    await stable();
    expect(el.querySelector('a[href="/events/new"]')?.textContent).toContain('Add event');
    expect(el.querySelector('[data-testid=status-filter]')).not.toBeNull();
    expect(el.querySelector('a[href^="/events/4/edit"]')?.getAttribute('href')).toBe('/events/4/edit?returnUrl=%2Fevents%3Fstatus%3Ddraft');
    expect(el.querySelector('[data-status=draft]')?.textContent).toBe('Draft');

    (el.querySelector('button[aria-label="Delete: Draft from RSS"]') as HTMLButtonElement).click();
    await stable();
    http.expectNone({ method: 'DELETE' });
    expect(document.body.querySelector('mat-dialog-container')?.textContent).toContain('“Draft from RSS” will no longer count');
    (document.body.querySelector('[data-testid=confirm]') as HTMLButtonElement).click();
    await stable();
    http.expectOne({ method: 'DELETE', url: '/api/events/4' }).flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    listRequest(http).flush(aPage([]));
    await stable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Deleted “Draft from RSS”');
  });
});
