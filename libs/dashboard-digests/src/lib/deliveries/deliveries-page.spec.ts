import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { renderPage } from '@kem/dashboard-core/testing';
import { aDelivery } from '../testing/digest-fixtures';
import { DeliveriesPage } from './deliveries-page';

describe('DeliveriesPage', () => {
  async function open(params: Record<string, string> = {}) {
    const page = await renderPage(DeliveriesPage, { inputs: params });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    return { ...page, navigate, loader: TestbedHarnessEnvironment.loader(page.fixture) };
  }

  it('sends the URL’s filters to the API as query parameters, dropping invalid ones', async () => {
    const { http } = await open({ status: 'failed', kind: 'alert', recipient: ' ops@ ', from: '2026-11-01', to: 'yesterday', page: '2' });
    const req = http.expectOne((r) => r.url === '/api/deliveries');
    const p = req.request.params;
    expect(p.keys().sort()).toEqual(['from', 'kind', 'page', 'pageSize', 'recipient', 'status']);
    expect([p.get('status'), p.get('kind'), p.get('recipient'), p.get('from'), p.get('page'), p.get('pageSize')]).toEqual([
      'failed',
      'alert',
      'ops@',
      '2026-11-01',
      '2',
      '50',
    ]);
  });

  it('puts the chosen filters into the URL, back on page 1', async () => {
    const { fixture, http, el, navigate, loader } = await open({ page: '3' });
    http.expectOne((r) => r.url === '/api/deliveries').flush({ items: [], total: 0, page: 3, pageSize: 50 });
    await fixture.whenStable();
    const status = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=filter-status]' }));
    await status.open();
    await status.clickOptions({ text: 'Pending' });
    const recipient = el.querySelector('[data-testid=filter-recipient]') as HTMLInputElement;
    recipient.value = 'risk@';
    recipient.dispatchEvent(new Event('input'));
    const from = el.querySelector('[data-testid=filter-from]') as HTMLInputElement;
    from.value = '20 Nov 2026';
    from.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { status: 'pending', recipient: 'risk@', from: '2026-11-20' } }),
    );
  });

  it('shows status, attempts and the last error, and retries a failed delivery', async () => {
    const { fixture, http, el } = await open();
    http
      .expectOne((r) => r.url === '/api/deliveries')
      .flush({
        items: [aDelivery(), aDelivery({ id: 32, status: 'sent', lastError: null, sentAt: '2026-11-24T03:01:00Z', transport: 'outbox' })],
        total: 2,
        page: 1,
        pageSize: 50,
      });
    await fixture.whenStable();
    const rows = el.querySelectorAll('tbody tr');
    expect(rows[0].querySelector('.status-failed')?.textContent?.trim()).toBe('Failed');
    expect(rows[0].textContent).toContain('550 mailbox unavailable');
    expect(rows[1].querySelector('.status-sent')?.textContent?.trim()).toBe('Sent');
    expect(rows[1].querySelector('[data-testid=retry]')).toBeNull();
    (rows[0].querySelector('[data-testid=retry]') as HTMLButtonElement).click();
    const req = http.expectOne({ method: 'POST', url: '/api/deliveries/31/retry' });
    req.flush(aDelivery({ status: 'pending', attempts: 0, lastError: null }));
    await fixture.whenStable();
    expect(el.querySelector('tbody tr .status-pending')).not.toBeNull();
    expect(el.querySelector('[role=status]')?.textContent).toContain('queued again');
  });
});
