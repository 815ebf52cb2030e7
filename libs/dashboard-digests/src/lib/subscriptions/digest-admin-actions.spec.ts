import { renderPage } from '@kem/dashboard-core/testing';
import { aDigestRun } from '../testing/digest-fixtures';
import { DigestAdminActions } from './digest-admin-actions';

const RUN = aDigestRun();

describe('DigestAdminActions', () => {
  async function open() {
    const { fixture, http, el } = await renderPage(DigestAdminActions);
    const click = async (root: ParentNode, id: string) => {
      (root.querySelector(`[data-testid=${id}]`) as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { fixture, el, click, http };
  }

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = '')));

  it('asks before a forced run, and sends nothing when cancelled', async () => {
    const { el, click, http, fixture } = await open();
    await click(el, 'force-run');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain(
      'every active subscription’s digest for the current period',
    );
    http.expectNone((r) => r.url === '/api/digests/run');
    await click(document, 'cancel');
    await fixture.whenStable();
    http.expectNone((r) => r.url === '/api/digests/run');
  });

  it('runs with force=true once confirmed and shows the counts', async () => {
    const { el, click, http, fixture } = await open();
    await click(el, 'force-run');
    await click(document, 'confirm');
    const req = http.expectOne((r) => r.url === '/api/digests/run');
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('force')).toBe('true');
    req.flush(RUN);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=action-result]')?.textContent).toContain(
      'Forced run: 4 digests and 0 alerts queued; 4 attempted, 4 sent',
    );
  });

  it('runs the due check without force and without asking', async () => {
    const { el, click, http } = await open();
    await click(el, 'run');
    const req = http.expectOne((r) => r.url === '/api/digests/run');
    expect(req.request.params.has('force')).toBe(false);
    req.flush({ ...RUN, force: false });
  });

  it('sends the admin a test digest and reports where it went', async () => {
    const { el, click, http, fixture } = await open();
    await click(el, 'send-test');
    const req = http.expectOne({ method: 'POST', url: '/api/digests/test' });
    req.flush({ id: 40, kind: 'test', recipient: 'admin@example.com', status: 'sent', transport: 'outbox', lastError: null });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=action-result]')?.textContent).toBe('Test digest sent to admin@example.com (in the outbox).');
  });
});
