import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { anEvent, aPage, CPC, CSTO, FOREIGN_AGENT, formDriver, refuse, renderPage } from '@kem/dashboard-core/testing';
import { EventEditorPage } from './event-editor-page';

const INDICATORS = [CPC, FOREIGN_AGENT, CSTO];

describe('EventEditorPage', () => {
  async function open(inputs: { id?: string; returnUrl?: string } = {}) {
    const { fixture, http, el, stable } = await renderPage(EventEditorPage, { inputs: { id: inputs.id, returnUrl: inputs.returnUrl } });
    http.expectOne('/api/indicators').flush(INDICATORS);
    await stable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    return { fixture, http, el, navigate, stable, ...formDriver(fixture) };
  }

  async function fillValidEvent(page: Awaited<ReturnType<typeof open>>) {
    await page.choose('indicatorKey', 'CPC pipeline disruptions');
    await page.type('date', '22 Mar 2022');
    await page.type('title', 'CPC takes SPM-3 out of service');
    await page.type('summary', 'Storm damage to a mooring.');
    (page.el.querySelector('[data-severity="2"] input') as HTMLInputElement).click();
    await page.type('sourceName', 'Interfax');
    await page.type('sourceUrl', 'https://interfax.com/newsroom/top-stories/77175/');
    await page.choose('confidence', /^high/);
    await page.stable();
  }

  it('shows the severity rubric and offers a stage only for the stage-scored indicator', async () => {
    const page = await open();
    expect(page.el.textContent).toContain('4 · Major');
    expect(page.el.textContent).toContain('foreign troops deployed');
    expect(page.el.querySelector('[data-testid=stage]')).toBeNull();
    await page.choose('indicatorKey', 'Foreign-agent legislation');
    await page.stable();
    const stage = await page.loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=stage]' }));
    await stage.open();
    const stages = FOREIGN_AGENT.method.kind === 'stage' ? FOREIGN_AGENT.method.stages : [];
    expect(await Promise.all((await stage.getOptions()).map((o) => o.getText()))).toEqual([
      'None (an enforcement or other event)',
      ...stages.map((s) => s.label),
    ]);
  });

  it('checks the form before sending: required fields, a day in the app’s format, end not before start, an http(s) source', async () => {
    const page = await open();
    await page.submit();
    page.http.expectNone({ method: 'POST' });
    expect(page.fieldText('title')).toContain('Title is required');
    expect(page.el.querySelector('#severity-error')?.textContent).toContain('Severity is required');
    await page.type('date', '31 Feb 2022');
    expect(page.fieldText('date')).toContain('Enter date as a day, e.g. 4 Dec 2025');
    await page.type('date', '2022-03-22');
    await page.type('endDate', '2022-03-01');
    await page.type('sourceUrl', 'javascript:alert(1)');
    expect(page.fieldText('endDate')).toContain('The end date must not be before the date');
    expect(page.fieldText('sourceUrl')).toContain('starting with http:// or https://');
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain('Some fields need attention');
  });

  it('adds an event and returns to the events page', async () => {
    const page = await open();
    await fillValidEvent(page);
    await page.submit();
    const req = page.http.expectOne({ method: 'POST', url: '/api/events' });
    expect(req.request.body).toEqual({
      indicatorKey: 'cpc_pipeline',
      date: '2022-03-22',
      datePrecision: 'day',
      endDate: null,
      title: 'CPC takes SPM-3 out of service',
      summary: 'Storm damage to a mooring.',
      severity: 2,
      stage: null,
      sourceName: 'Interfax',
      sourceUrl: 'https://interfax.com/newsroom/top-stories/77175/',
      confidence: 'high',
      status: 'published',
      lifecycle: 'unknown',
      parentId: null,
    });
    req.flush(anEvent({ id: 12 }), { status: 201, statusText: 'Created' });
    await page.stable();
    expect(String(page.navigate.mock.calls[0][0])).toBe('/events');
  });

  it('records the lifecycle and the family: a follow-up picks its parent among the indicator’s events that follow up nothing', async () => {
    const page = await open();
    await fillValidEvent(page);
    const parents = page.http.expectOne((r) => r.url === '/api/events' && r.params.get('indicator') === 'cpc_pipeline');
    parents.flush(
      aPage(
        [
          anEvent({ id: 3, date: '2025-11-29', title: 'Drone strike wrecks CPC mooring SPM-2', lifecycle: 'ongoing' }),
          anEvent({ id: 4, date: '2025-12-02', title: 'CPC says loading halved', parentId: 3 }),
        ],
        { pageSize: 500 },
      ),
    );
    await page.stable();
    await page.choose('lifecycle', /^Ongoing/);
    const select = await page.loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=parentId]' }));
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'None: a new event (heads its own family)',
      '29 Nov 2025 — Drone strike wrecks CPC mooring SPM-2',
    ]);
    await select.clickOptions({ text: /Drone strike/ });
    await page.submit();
    const req = page.http.expectOne({ method: 'POST', url: '/api/events' });
    expect(req.request.body).toMatchObject({ lifecycle: 'ongoing', parentId: 3 });
    req.flush(anEvent({ id: 12 }), { status: 201, statusText: 'Created' });
  });

  it('shows when a stored event was recorded', async () => {
    const page = await open({ id: '7' });
    page.http.expectOne('/api/events/7').flush(anEvent({ id: 7, date: '2022-03-22', recordedAt: '2026-12-01', lifecycle: 'ended' }));
    await page.stable();
    expect(page.el.querySelector('[data-testid=recordedAt]')?.textContent).toContain('Recorded on 1 December 2026');
  });

  it('shows the server’s field errors against the fields they name', async () => {
    const page = await open();
    await fillValidEvent(page);
    await page.submit();
    refuse(page.http.expectOne({ method: 'POST', url: '/api/events' }), 400, 'stage: …; sourceUrl must be an http(s) URL', [
      { field: 'sourceUrl', message: 'sourceUrl must be an http(s) URL' },
      { field: 'title', message: 'an event with this title already exists' },
    ]);
    await page.stable();
    expect(page.fieldText('sourceUrl')).toContain('Source URL must be an http(s) URL');
    expect(page.fieldText('title')).toContain('an event with this title already exists');
    expect(page.fieldText('summary')).not.toContain('exists');
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain('did not accept some fields');
    expect(page.navigate).not.toHaveBeenCalled();
  });

  it('shows a general message when the error names no field', async () => {
    const page = await open();
    await fillValidEvent(page);
    await page.submit();
    page.http.expectOne({ method: 'POST' }).flush({ statusCode: 403, message: 'Analysts only' }, { status: 403, statusText: 'Forbidden' });
    await page.stable();
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain('Analysts only');
  });

  it('edits a stored event with PATCH and goes back where the analyst came from', async () => {
    const page = await open({ id: '5', returnUrl: '/triage' });
    page.http
      .expectOne('/api/events/5')
      .flush(anEvent({ id: 5, indicatorKey: 'foreign_agent', stage: 'proposed', status: 'draft', severity: 3 }));
    await page.stable();
    expect(page.el.querySelector('h1')?.textContent).toBe('Edit event');
    expect((page.el.querySelector('[data-testid=title]') as HTMLInputElement).value).toBe(
      'CPC takes SPM-3 out of service after storm damage',
    );
    await page.choose('stage', 'Adopted');
    await page.submit();
    const req = page.http.expectOne({ method: 'PATCH', url: '/api/events/5' });
    expect(req.request.body).toEqual(
      expect.objectContaining({ indicatorKey: 'foreign_agent', stage: 'adopted', status: 'draft', severity: 3 }),
    );
    req.flush(anEvent({ id: 5 }));
    await page.stable();
    expect(String(page.navigate.mock.calls[0][0])).toBe('/triage');
  });

  it('says so when the event cannot be opened', async () => {
    const page = await open({ id: '404' });
    page.http
      .expectOne('/api/events/404')
      .flush({ statusCode: 404, message: 'Event 404 does not exist' }, { status: 404, statusText: 'Not Found' });
    await page.stable();
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain('Event 404 does not exist');
    expect(page.el.querySelector('form')).toBeNull();
  });
});
