import { htmlToText, truncateText } from './html-text';

describe('htmlToText', () => {
  it('strips tags, scripts and comments, decodes entities, collapses whitespace', () => {
    expect(htmlToText('<p>A&nbsp;&amp;&#160;B&#x2014;<em>c</em>.</p><script>alert(1)</script><!-- x --><p>Next&hellip;</p>')).toBe(
      'A & B—c. Next…',
    );
  });

  it('keeps unknown entities as written', () => {
    expect(htmlToText('x &madeup; y')).toBe('x &madeup; y');
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('Short enough.', 40)).toBe('Short enough.');
  });

  it('cuts at the last word boundary and adds an ellipsis, within the limit', () => {
    const text = 'The Mazhilis voted to advance a bill that would oblige NGOs to register.';
    const cut = truncateText(text, 40);
    expect(cut).toBe('The Mazhilis voted to advance a bill…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('cuts mid-word when the only boundary is too early', () => {
    expect(truncateText('Антиконституционный законопроект', 12)).toBe('Антиконстит…');
  });
});
