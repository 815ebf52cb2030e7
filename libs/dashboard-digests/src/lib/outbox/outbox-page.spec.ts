import { renderPage } from '@kem/dashboard-core/testing';
import { OutboxPage } from './outbox-page';

const message = (id: number, recipient: string) => ({
  id,
  deliveryId: id + 100,
  recipient,
  subject: `Digest ${id}`,
  messageId: `<m${id}@kem>`,
  sizeBytes: 20480,
  createdAt: '2026-11-24T03:00:00.000Z',
});

describe('OutboxPage', () => {
  async function open() {
    const { fixture, http, el } = await renderPage(OutboxPage);
    return { fixture, req: http.expectOne((r) => r.url === '/api/outbox'), el };
  }

  it('lists the messages, each with a link to read it and an .eml download', async () => {
    const { fixture, req, el } = await open();
    req.flush({ items: [message(3, 'a@example.com'), message(2, 'b@example.com')], total: 2, page: 1, pageSize: 50 });
    await fixture.whenStable();
    const rows = el.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('a@example.com');
    expect(rows[0].querySelector('a[href="/digests/outbox/3"]')?.textContent).toBe('Digest 3');
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('a[data-testid=eml]'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/api/outbox/3/eml', '/api/outbox/2/eml']);
    expect(links.map((a) => a.getAttribute('download'))).toEqual(['kem-message-3.eml', 'kem-message-2.eml']);
  });

  it('says when the outbox is empty', async () => {
    const { fixture, req, el } = await open();
    req.flush({ items: [], total: 0, page: 1, pageSize: 50 });
    await fixture.whenStable();
    expect(el.textContent).toContain('The outbox is empty');
    expect(el.querySelector('a[data-testid=eml]')).toBeNull();
  });
});
