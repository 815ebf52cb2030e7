import { fixture } from '../../test-support/fixture-server';
import { parseFeed } from '../rss/feed-parser';
import { dedupeBatch, findDuplicate } from './dedupe';
import { isNearDuplicateTitle, titleSimilarity, titleStems } from './title-similarity';

/** The ten headlines of a real Reuters World News feed (30 Jan 2018; see fixtures/README.md). */
const REUTERS_TITLES = parseFeed('rss', {
  url: 'http://feeds.reuters.com/Reuters/worldNews',
  status: 200,
  contentType: 'application/rss+xml',
  body: fixture('rss/repo-rn-rss-parser-reuters-world-2018-01-30.xml'),
}).items.map((item) => item.title ?? '');

describe('title stems', () => {
  it('drops function words, outlet tails and one-letter pieces, and cuts words to six letters', () => {
    expect([...titleStems("Publication of Russia 'oligarch list' may affect investors: group - Reuters")]).toEqual([
      'public',
      'russia',
      'oligar',
      'list',
      'may',
      'affect',
      'invest',
      'group',
    ]);
    // ё → е, case and inflection: «протестов» and «протесты» meet at «протес».
    expect(titleStems('Протесты в Жанаозене')).toEqual(titleStems('протестов в жанаозене'));
  });
});

describe('near-duplicate titles on a real feed', () => {
  it('finds no two of the ten distinct Reuters stories alike (all below 0.25), though several share Russia', () => {
    expect(REUTERS_TITLES).toHaveLength(10);
    let highest = 0;
    for (let i = 0; i < REUTERS_TITLES.length; i++) {
      for (let j = i + 1; j < REUTERS_TITLES.length; j++) {
        expect(isNearDuplicateTitle(REUTERS_TITLES[i], REUTERS_TITLES[j])).toBe(false);
        highest = Math.max(highest, titleSimilarity(REUTERS_TITLES[i], REUTERS_TITLES[j]).jaccard);
      }
    }
    // The closest pair: the oligarch list and the sanctions decision (both about Russia sanctions).
    expect(highest).toBeLessThan(0.25);
  });

  it.each([
    ['an outlet tail', (t: string) => `${t} - Reuters`],
    ['other casing and punctuation', (t: string) => t.toUpperCase().replace(/[:,']/g, '')],
    ['"US" for "U.S."', (t: string) => t.replace(/U\.S\./g, 'US')],
    ['one word more', (t: string) => t.replace(/^(\S+)/, '$1 senior')],
  ])('recognises each real headline re-published with %s', (_label, change) => {
    for (const title of REUTERS_TITLES) expect(isNearDuplicateTitle(title, change(title))).toBe(true);
  });

  it('recognises a headline inside a longer one, but not a short one inside anything', () => {
    const title = 'Suspected Russian warplanes hit busy market in Idlib, kill 15: rescuers, residents';
    expect(isNearDuplicateTitle(title, `Syria: ${title}, as talks in Sochi end without the opposition`)).toBe(true);
    // Four stems only ("russia", "sanction", …): too short to call a duplicate by containment.
    expect(isNearDuplicateTitle('Russia sanctions decision', 'Democrats blast Trump decision to hold off on Russia sanctions')).toBe(false);
  });

  it('treats a Russian headline and its "(обновлено)" update as one story (constructed Azattyq titles)', () => {
    expect(
      isNearDuplicateTitle(
        'Мажилис одобрил законопроект об «иностранных агентах»',
        'Мажилис одобрил законопроект об «иностранных агентах» (обновлено)',
      ),
    ).toBe(true);
    expect(
      isNearDuplicateTitle(
        'Мажилис одобрил законопроект об «иностранных агентах»',
        'Токаев: ОДКБ не будет участвовать в подавлении протестов',
      ),
    ).toBe(false);
  });
});

describe('de-duplication across feeds', () => {
  const item = (title: string, sourceUrl: string, sourceName: string, date = '2018-01-30') => ({ title, sourceUrl, sourceName, date });
  const [korea, oligarchs, sanctions] = REUTERS_TITLES;

  it('leaves out the same canonical URL and the same story from a second feed, keeping the first', () => {
    const batch = [
      item(korea, 'https://www.reuters.com/article/us-northkorea-missiles-usa/idUSKBN1FJ23Z', 'Reuters'),
      item(oligarchs, 'https://www.reuters.com/article/us-usa-russia-sanctions/idUSKBN1FJ299?utm_source=rss', 'Reuters'),
      item(`${korea} - Reuters`, 'https://news.google.com/articles/abc', 'Google News', '2018-01-31'),
      item(sanctions, 'https://www.reuters.com/article/us-usa-russia-sanctions-trump/idUSKBN1FJ2N5', 'Reuters'),
    ];
    const stored = [
      { id: 7, ...item('Old', 'https://www.reuters.com/article/us-usa-russia-sanctions/idUSKBN1FJ299', 'Reuters', '2018-01-29') },
    ];

    const result = dedupeBatch(batch, stored);

    expect(result.kept.map((k) => k.title)).toEqual([korea, sanctions]);
    expect(result.duplicates.map((d) => [d.item.sourceName, d.match.kind, d.match.similarity])).toEqual([
      ['Reuters', 'url', 1],
      ['Google News', 'title', 1],
    ]);
    expect(result.duplicates[0].match.reason).toBe('same canonical URL as event 7');
  });

  it('does not join the same headline a week apart (a new story with an old name)', () => {
    const match = findDuplicate(item(korea, 'https://b.example/2', 'B', '2018-02-07'), [item(korea, 'https://a.example/1', 'A')]);
    expect(match).toBeNull();
  });
});
