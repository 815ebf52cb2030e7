import { indexHtmlFor } from './dashboard-hosting';

describe('index.html per page', () => {
  const html =
    '<html><head><script src="main-ABCDEFGH.js" type="module"></script></head><body><kem-root></kem-root>' +
    '<link rel="modulepreload" href="chunk-OVERVIEW.js" data-route="/"><link rel="modulepreload" href="chunk-SHARED.js" data-route="/"></body></html>';

  it('keeps the home route’s chunk preloads on / and leaves them out of every other page', () => {
    expect(indexHtmlFor(html, '/')).toBe(html);
    const report = indexHtmlFor(html, '/report');
    expect(report).not.toContain('modulepreload');
    expect(report).toContain('<script src="main-ABCDEFGH.js" type="module"></script>');
    expect(report).toContain('<kem-root></kem-root></body>');
  });
});
