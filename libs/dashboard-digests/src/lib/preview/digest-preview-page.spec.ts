import { renderPage } from '@kem/dashboard-core/testing';
import { DigestPreviewPage } from './digest-preview-page';

describe('DigestPreviewPage', () => {
  it('shows the subject, the HTML only inside a sandboxed iframe where nothing can run, and the text in a <pre>', async () => {
    const { fixture, http, el } = await renderPage(DigestPreviewPage, { inputs: { id: '7' } });
    const html =
      '<h1 id="digest-heading">Index 42 · Elevated</h1><img src="data:image/png;base64,AAAA" alt="chart"><script>parent.pwned = true</script>';
    http.expectOne('/api/subscriptions/7/preview').flush({
      subscriptionId: 7,
      periodKey: 'digest:2026-W48',
      period: 'week 48 of 2026',
      due: false,
      nextDigestAt: '2026-11-30T03:00:00Z',
      subject: 'Kazakhstan exposure: week 48',
      html,
      text: 'Index 42 (Elevated)\nUnsubscribe: …',
    });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=subject]')?.textContent).toBe('Kazakhstan exposure: week 48');
    // the period in words, never the internal key
    expect(el.querySelector('[data-testid=period]')?.textContent).toContain('week 48 of 2026');
    expect(el.textContent).not.toContain('digest:2026-W48');
    const frames = el.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    // same origin so the page can size the frame to the message; never with scripts
    expect(frames[0].getAttribute('sandbox')).toBe('allow-same-origin');
    expect(frames[0].getAttribute('srcdoc')).toBe(html);
    // Nothing of the HTML part reaches the page's own DOM.
    expect(el.querySelector('#digest-heading')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('pre[data-testid=text-part]')?.textContent).toBe('Index 42 (Elevated)\nUnsubscribe: …');
  });

  it('says so when the preview cannot be rendered', async () => {
    const { fixture, http, el } = await renderPage(DigestPreviewPage, { inputs: { id: '9' } });
    http
      .expectOne('/api/subscriptions/9/preview')
      .flush({ statusCode: 404, error: 'Not Found', message: 'Subscription 9 does not exist' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Subscription 9 does not exist');
    expect(el.querySelector('iframe')).toBeNull();
  });
});
