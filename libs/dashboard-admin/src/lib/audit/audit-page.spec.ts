import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TEXT_FILTER_DEBOUNCE_MS } from '@kem/dashboard-core';
import { aPage, refuse, renderRoute, typePausing } from '@kem/dashboard-core/testing';
import { AuditEntryView, Page } from '@kem/contracts';
import { anAuditEntry, PROFILES } from '../../testing/admin-fixtures';
import { AuditPage } from './audit-page';

/** All of `items` as one page of the audit log, which the API serves 50 to a page. */
const page = (items: AuditEntryView[], overrides: Partial<Page<AuditEntryView>> = {}) => aPage(items, { pageSize: 50, ...overrides });

describe('AuditPage', () => {
  async function open(url = '/admin/audit') {
    const page = await renderRoute(url, [{ path: 'admin/audit', component: AuditPage }]);
    page.http.expectOne((r) => r.url === '/api/profiles').flush(PROFILES);
    return { ...page, loader: TestbedHarnessEnvironment.loader(page.fixture) };
  }

  const auditRequest = (http: HttpTestingController): TestRequest => http.expectOne((r) => r.url === '/api/audit');
  const params = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  it('shows who changed what and when, with a compact before → after of the changed fields', async () => {
    const { http, el, stable } = await open();
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    const req = auditRequest(http);
    expect(params(req)).toEqual({ page: '1', pageSize: '50' });
    req.flush(
      page(
        [
          anAuditEntry(),
          anAuditEntry({
            id: 2,
            actor: 'ana@example.com',
            action: 'event.create',
            entityType: 'event',
            entityId: '42',
            before: null,
            after: { title: 'CPC halts loadings', severity: 4, a: 1, b: 2, c: 3, d: 4, e: 5 },
          }),
        ],
        { total: 2 },
      ),
    );
    await stable();
    const rows = Array.from(el.querySelectorAll('[data-testid=audit-table] tbody tr'));
    const cells = Array.from(rows[0].children).map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 4)).toEqual([
      '24 Nov 2026, 11:42 UTC',
      'admin@example.com',
      'Saved weights weights.save',
      'Profile #1 “Default”',
    ]);
    expect(Array.from(rows[0].querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual([
      'version: 1 → 2',
      'weights.cpc_pipeline: 18 → 30',
      'note: “Initial” → “More CPC”',
    ]);
    expect(rows[1].textContent).toContain('Event #42 “CPC halts loadings”');
    expect(rows[1].querySelectorAll(':scope td.changes > ul > li')).toHaveLength(6);
    expect(rows[1].querySelector('summary')?.textContent).toBe('1 more');
    expect(el.querySelector('caption')?.textContent).toContain('2 changes, newest first');
  });

  it('turns the chosen filters into query parameters, back to page 1', async () => {
    const { http, el, stable, router, loader } = await open('/admin/audit?page=3');
    auditRequest(http).flush(page([anAuditEntry()], { total: 120, page: 3 }));
    await stable();

    await (
      await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=action-filter]' }))
    ).clickOptions({ text: 'Any weights change (weights.*)' });
    await stable();
    expect(router.url).toBe('/admin/audit?action=weights.');
    let req = auditRequest(http);
    expect(params(req)).toEqual({ action: 'weights.', page: '1', pageSize: '50' });
    req.flush(page([]));

    await (await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=entity-filter]' }))).clickOptions({ text: 'profile' });
    await stable();
    auditRequest(http).flush(page([]));

    const actor = el.querySelector('[data-testid=actor-filter]') as HTMLInputElement;
    typePausing(actor, ['ana@'], TEXT_FILTER_DEBOUNCE_MS, () => http.expectNone((r) => r.url === '/api/audit'));
    await stable();
    const from = el.querySelector('[data-testid=from-filter]') as HTMLInputElement;
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('input'));
    await stable();
    expect(router.url).toBe('/admin/audit?action=weights.&entityType=profile&actor=ana@&from=2026-11-01');
    req = http
      .match((r) => r.url === '/api/audit')
      .filter((r) => !r.cancelled)
      .at(-1) as TestRequest;
    expect(params(req)).toEqual({
      action: 'weights.',
      entityType: 'profile',
      actor: 'ana@',
      from: '2026-11-01',
      page: '1',
      pageSize: '50',
    });
  });

  it('shows the filters from the address in the form, says when nothing matches, and pages', async () => {
    const { http, el, stable, router, loader } = await open('/admin/audit?action=user.update&to=2026-11-30&actor=bob');
    const req = auditRequest(http);
    expect(params(req)).toEqual({ action: 'user.update', actor: 'bob', to: '2026-11-30', page: '1', pageSize: '50' });
    req.flush(page([]));
    await stable();
    expect(await (await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=action-filter]' }))).getValueText()).toBe(
      'Changed user (user.update)',
    );
    expect((el.querySelector('[data-testid=actor-filter]') as HTMLInputElement).value).toBe('bob');
    expect(el.textContent).toContain('No changes recorded that match these filters');

    await router.navigateByUrl('/admin/audit');
    await stable();
    auditRequest(http).flush(page([anAuditEntry()], { total: 75 }));
    await stable();
    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await stable();
    expect(router.url).toBe('/admin/audit?page=2');
    expect(params(auditRequest(http))).toEqual({ page: '2', pageSize: '50' });
  });

  it('ignores malformed filters in the address and refuses a reversed date range', async () => {
    const { http, el, stable } = await open('/admin/audit?action=DROP%20TABLE&entityType=planet&from=yesterday');
    expect(params(auditRequest(http))).toEqual({ page: '1', pageSize: '50' });
    await stable();
    const from = el.querySelector('[data-testid=from-filter]') as HTMLInputElement;
    const to = el.querySelector('[data-testid=to-filter]') as HTMLInputElement;
    from.value = '2026-11-20';
    from.dispatchEvent(new Event('input'));
    await stable();
    auditRequest(http);
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('input'));
    await stable();
    http.expectNone((r) => r.url === '/api/audit');
    expect(el.querySelector('.range-error')?.textContent).toContain('must not be before');
  });

  it('shows the error and retries', async () => {
    const { http, el, stable } = await open();
    refuse(auditRequest(http), 400, 'to: must not be before from');
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('must not be before from');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await stable();
    auditRequest(http).flush(page([]));
    await stable();
    expect(el.textContent).toContain('No changes recorded yet');
  });
});
