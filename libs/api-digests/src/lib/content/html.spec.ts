import { esc, fmtChange, link, plain, safeHttpUrl } from './html';

describe('HTML helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('links only http(s) URLs, with the URL escaped in the attribute', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(link('Reuters', 'javascript:alert(1)')).toBe('Reuters');
    expect(link('A "quoted" <name>', 'https://example.com/a?b=1&c="x"')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=%22x%22" style="">A &quot;quoted&quot; &lt;name&gt;</a>',
    );
  });

  it('flattens text to one line for subjects and the text part', () => {
    expect(plain('Eve\r\nBcc: victim@example.com\u2028x')).toBe('Eve Bcc: victim@example.com x');
  });

  it('formats changes with a sign', () => {
    expect([2.44, -1, 0.01, null].map(fmtChange)).toEqual(['+2.4', '−1.0', '±0.0', 'n/a']);
  });
});
