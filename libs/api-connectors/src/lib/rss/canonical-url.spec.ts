import { canonicalizeUrl } from './canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://eurasianet.org/story?utm_source=rss&utm_medium=feed', 'https://eurasianet.org/story'],
    ['https://eurasianet.org/story/', 'https://eurasianet.org/story'],
    ['https://eurasianet.org/story#comments', 'https://eurasianet.org/story'],
    ['HTTPS://Rus.Azattyq.ORG:443/a/1.html?UTM_Campaign=x&id=7&fbclid=abc', 'https://rus.azattyq.org/a/1.html?id=7'],
    ['https://tengrinews.kz/', 'https://tengrinews.kz'],
    ['  https://inform.kz/en/news?page=2&lang=en  ', 'https://inform.kz/en/news?page=2&lang=en'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalizeUrl(raw)).toBe(canonical);
  });

  it('resolves a relative link against the feed URL', () => {
    expect(canonicalizeUrl('/a/33461207.html', 'https://rus.azattyq.org/api/zororegtor')).toBe('https://rus.azattyq.org/a/33461207.html');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(canonicalizeUrl('mailto:news@example.com')).toBeNull();
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('https://eurasianet.org/a/b/?utm_term=x&q=1#top') as string;
    expect(canonicalizeUrl(once)).toBe(once);
  });
});
