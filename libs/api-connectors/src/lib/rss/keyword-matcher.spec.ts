import { ConnectorSettingsError } from '../model/errors';
import { KeywordMatcher } from './keyword-matcher';

describe('KeywordMatcher', () => {
  const matcher = new KeywordMatcher([
    { indicatorKey: 'foreign_agent', keywords: ['foreign agent', 'иностранн агент'] },
    { indicatorKey: 'csto_military', keywords: ['CSTO', 'ОДКБ', 'ҰҚШҰ'] },
    { indicatorKey: 'cpc_pipeline', keywords: ['CPC', 'КТК'] },
    { indicatorKey: 'infrastructure', keywords: ['энергосистем', 'power outage'] },
  ]);

  it.each([
    ['Law on Foreign Agents passed', 'foreign agent'],
    ['the "foreign-agent" register', 'foreign agent'],
    ['реестр иностранных агентов', 'иностранн агент'],
    ['ИНОСТРАННОГО АГЕНТА признали', 'иностранн агент'],
    ['Иностранные  агенты', 'иностранн агент'],
    ['учения ОДКБ', 'ОДКБ'],
    ['ҰҚШҰ жаттығуы', 'ҰҚШҰ'],
    ['CPC-Blend crude', 'CPC'],
    ['сбой в энергосистеме', 'энергосистем'],
    ['Power outages in Ekibastuz', 'power outage'],
  ])('finds %j', (text, keyword) => {
    expect(matcher.matchedKeywords(text)).toEqual([keyword]);
  });

  it.each([
    ['ICPC programming contest'], // a keyword must start a word
    ['an agent of foreign influence'], // words in the keyword's order, adjacent
    ['субагенты иностранного банка'],
    ['Power grid outage'],
  ])('does not find anything in %j', (text) => {
    expect(matcher.match(text)).toBeNull();
  });

  it('treats ё as е, in keywords and text alike', () => {
    const yo = new KeywordMatcher([{ indicatorKey: 'internal_unrest', keywords: ['объединённ оппозици'] }]);
    expect(yo.matchesAny('Объединенная оппозиция вышла на площадь')).toBe(true);
    expect(yo.matchesAny('объединённой оппозиции')).toBe(true);
  });

  it('routes to the indicator with most matched keywords, ties to the earlier rule, listing all keywords', () => {
    expect(matcher.match('CPC and КТК: CSTO silent')).toEqual({ indicatorKey: 'cpc_pipeline', matchedKeywords: ['CSTO', 'CPC', 'КТК'] });
    expect(matcher.match('CSTO troops guard the CPC terminal')).toEqual({
      indicatorKey: 'csto_military',
      matchedKeywords: ['CSTO', 'CPC'],
    });
  });

  it('rejects a keyword without letters or digits', () => {
    expect(() => new KeywordMatcher([{ indicatorKey: 'x', keywords: ['--'] }])).toThrow(ConnectorSettingsError);
  });
});
