import type { FeedSource, KeywordRule, RssSettings } from './connector-settings';

/**
 * Words that make an item from a general (world) feed about Kazakhstan. Stems: 'Kazakh' also
 * matches "Kazakhstan", 'Казах' «Казахстана», 'Алмат' «Алматы».
 */
export const KAZAKHSTAN_MENTIONS: readonly string[] = [
  'Kazakh',
  'Qazaq',
  'Astana',
  'Almaty',
  'Shymkent',
  'Atyrau',
  'Aktau',
  'Zhanaozen',
  'Tokayev',
  'Nazarbayev',
  'Казах',
  'Қазақ',
  'Астан',
  'Алмат',
  'Шымкент',
  'Атырау',
  'Актау',
  'Жанаозен',
  'Токаев',
  'Тоқаев',
  'Назарбаев',
];

/**
 * Feeds from data-sources.md §A7. RFE/RL and Azattyq feed ids are opaque and change: keep them in
 * configuration. RFE/RL's world news is filtered to items mentioning Kazakhstan; the others are
 * Kazakhstan-focused outlets whose items often name only a city, so they are not filtered.
 */
export const DEFAULT_FEEDS: readonly FeedSource[] = [
  { name: 'Eurasianet – Kazakhstan', url: 'https://eurasianet.org/region/kazakhstan/feed', relevanceKeywords: null },
  { name: 'RFE/RL – News', url: 'https://www.rferl.org/api/zbqiml-vomx-tpeqkmy', relevanceKeywords: KAZAKHSTAN_MENTIONS },
  { name: 'Azattyq (Russian)', url: 'https://rus.azattyq.org/api/zororegtor', relevanceKeywords: null },
  { name: 'Kazinform (English)', url: 'https://inform.kz/en/rss', relevanceKeywords: null },
  { name: 'Tengrinews', url: 'https://tengrinews.kz/rss/', relevanceKeywords: null },
];

/**
 * Keyword → indicator routing in English, Russian and Kazakh. Broad on purpose: drafts are
 * triaged by an analyst, and a missed event costs more than a dismissed draft. Known noise:
 * 'CPC' also abbreviates the Communist Party of China.
 */
export const DEFAULT_KEYWORD_RULES: readonly KeywordRule[] = [
  {
    indicatorKey: 'foreign_agent',
    keywords: ['foreign agent', 'foreign fund', 'иностранн агент', 'иностранн финансир', 'шетелдік агент'],
  },
  {
    indicatorKey: 'csto_military',
    keywords: [
      'CSTO',
      'ОДКБ',
      'ҰҚШҰ',
      'Collective Security Treaty',
      'Russian troops',
      'Russian military base',
      'российск войск',
      'российск военн баз',
    ],
  },
  {
    indicatorKey: 'cpc_pipeline',
    keywords: ['CPC', 'КТК', 'Caspian Pipeline', 'Каспийск трубопроводн', 'Novorossiysk', 'Новороссийск'],
  },
  {
    indicatorKey: 'internal_unrest',
    keywords: [
      'protest',
      'rally',
      'unrest',
      'riot',
      'state of emergency',
      'митинг',
      'протест',
      'беспорядк',
      'чрезвычайн положени',
      'забастовк',
      'наразылық',
    ],
  },
  {
    indicatorKey: 'civil_liberties',
    keywords: [
      'crackdown',
      'political prisoner',
      'internet shutdown',
      'detained journalist',
      'journalist detained',
      'censorship',
      'политзаключ',
      'отключени интернет',
      'задержан журналист',
      'цензур',
    ],
  },
  {
    indicatorKey: 'sovereignty_rhetoric',
    keywords: ['statehood', 'northern Kazakhstan', 'territorial claim', 'государственност', 'северн казахстан', 'территориальн претензи'],
  },
  {
    indicatorKey: 'infrastructure',
    keywords: [
      'power outage',
      'blackout',
      'power grid',
      'gas supply',
      'Rosatom',
      'nuclear power plant',
      'отключени электр',
      'энергосистем',
      'газоснабжени',
      'Росатом',
      'АЭС',
    ],
  },
];

/** RSS defaults: the feeds and rules above, 400-character summaries, 1 s between requests to a host. */
export const DEFAULT_RSS_SETTINGS: RssSettings = {
  feeds: DEFAULT_FEEDS,
  keywordRules: DEFAULT_KEYWORD_RULES,
  summaryMaxChars: 400,
  minIntervalMs: 1_000,
};
