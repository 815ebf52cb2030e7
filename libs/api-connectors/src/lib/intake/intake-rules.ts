/**
 * The rules intake suggestions come from. Every suggestion names the rule entries it used, so an
 * analyst can see why, and an admin can change a weight here and know what it does.
 * Keywords are matched like the connectors' keyword rules (`compileKeyword`): case-insensitive,
 * each word a stem ("protest" matches "protesters", "задержан" «задержаны»).
 */

/** A keyword that points to an indicator, with how strongly. */
export interface WeightedKeyword {
  readonly term: string;
  /** 3 = names the indicator's subject outright; 2 = typical of it; 1 = supporting context. */
  readonly weight: number;
  /** The keyword does not count when one of these occurs too (e.g. CPC = Communist Party of China). */
  readonly unless?: readonly string[];
}

export interface IndicatorKeywords {
  readonly indicatorKey: string;
  readonly keywords: readonly WeightedKeyword[];
}

/** A word or phrase that tells how serious an event is, on the curated severity rubric (1–5). */
export interface SeverityCue {
  readonly term: string;
  readonly severity: 1 | 2 | 3 | 4 | 5;
}

/** How far a source's items are trusted as reported: scales the suggestion's confidence. */
export interface SourceWeight {
  /** Matched against the source name or the URL's host, case-insensitive. */
  readonly match: string;
  readonly weight: number;
  readonly why: string;
}

export interface IntakeRules {
  readonly indicators: readonly IndicatorKeywords[];
  readonly severityCues: readonly SeverityCue[];
  /** Severity when no cue occurs: the rubric's "notable" step, flagged as a guess. */
  readonly defaultSeverity: 1 | 2 | 3 | 4 | 5;
  readonly sources: readonly SourceWeight[];
  /** Weight of sources none of `sources` matches. */
  readonly unknownSourceWeight: number;
  /** A keyword found in the title counts this many times its weight (titles state the subject). */
  readonly titleFactor: number;
}

const CPC_NOISE = ['Communist Party', 'Chinese Communist', 'Xi Jinping', 'Компартия', 'Коммунистическ'];

/**
 * Keyword weights per indicator in English, Russian and Kazakh. They extend the connectors'
 * routing rules (DEFAULT_KEYWORD_RULES) with weights and with terms that only support a choice.
 */
export const DEFAULT_INDICATOR_KEYWORDS: readonly IndicatorKeywords[] = [
  {
    indicatorKey: 'foreign_agent',
    keywords: [
      { term: 'foreign agent', weight: 3 },
      { term: 'иностранн агент', weight: 3 },
      { term: 'шетелдік агент', weight: 3 },
      { term: 'foreign funding', weight: 2 },
      { term: 'foreign fund', weight: 2 },
      { term: 'иностранн финансир', weight: 2 },
      { term: 'NGO', weight: 1 },
      { term: 'НКО', weight: 1 },
      { term: 'register', weight: 1 },
      { term: 'реестр', weight: 1 },
    ],
  },
  {
    indicatorKey: 'csto_military',
    keywords: [
      { term: 'CSTO', weight: 3 },
      { term: 'ОДКБ', weight: 3 },
      { term: 'ҰҚШҰ', weight: 3 },
      { term: 'Collective Security Treaty', weight: 3 },
      { term: 'Russian troops', weight: 3 },
      { term: 'российск войск', weight: 3 },
      { term: 'military base', weight: 2 },
      { term: 'военн баз', weight: 2 },
      { term: 'peacekeepers', weight: 2 },
      { term: 'миротвор', weight: 2 },
      { term: 'military exercise', weight: 2 },
      { term: 'drills', weight: 1 },
      { term: 'учени', weight: 1 },
    ],
  },
  {
    indicatorKey: 'cpc_pipeline',
    keywords: [
      { term: 'Caspian Pipeline', weight: 3 },
      { term: 'Каспийск трубопроводн', weight: 3 },
      { term: 'КТК', weight: 3 },
      { term: 'CPC', weight: 2, unless: CPC_NOISE },
      { term: 'Novorossiysk', weight: 2 },
      { term: 'Новороссийск', weight: 2 },
      { term: 'mooring', weight: 2 },
      { term: 'причал', weight: 2 },
      { term: 'pumping station', weight: 2 },
      { term: 'нефтеперекачивающ', weight: 2 },
      { term: 'Tengiz', weight: 1 },
      { term: 'Тенгиз', weight: 1 },
      { term: 'oil exports', weight: 1 },
      { term: 'экспорт нефти', weight: 1 },
    ],
  },
  {
    indicatorKey: 'internal_unrest',
    keywords: [
      { term: 'protest', weight: 2 },
      { term: 'протест', weight: 2 },
      { term: 'митинг', weight: 2 },
      { term: 'наразылық', weight: 2 },
      { term: 'unrest', weight: 3 },
      { term: 'riot', weight: 3 },
      { term: 'беспорядк', weight: 3 },
      { term: 'state of emergency', weight: 2 },
      { term: 'чрезвычайн положени', weight: 2 },
      { term: 'strike', weight: 1 },
      { term: 'забастовк', weight: 2 },
      { term: 'rally', weight: 1 },
    ],
  },
  {
    indicatorKey: 'civil_liberties',
    keywords: [
      { term: 'political prisoner', weight: 3 },
      { term: 'политзаключ', weight: 3 },
      { term: 'internet shutdown', weight: 3 },
      { term: 'отключени интернет', weight: 3 },
      { term: 'journalist', weight: 2 },
      { term: 'журналист', weight: 2 },
      { term: 'activist', weight: 2 },
      { term: 'активист', weight: 2 },
      { term: 'censorship', weight: 2 },
      { term: 'цензур', weight: 2 },
      { term: 'crackdown', weight: 2 },
      { term: 'blocked', weight: 1 },
      { term: 'заблокир', weight: 1 },
      { term: 'detained', weight: 1 },
      { term: 'задержан', weight: 1 },
      { term: 'sentenced', weight: 1 },
      { term: 'приговор', weight: 1 },
    ],
  },
  {
    indicatorKey: 'sovereignty_rhetoric',
    keywords: [
      { term: 'statehood', weight: 3 },
      { term: 'государственност', weight: 3 },
      { term: 'territorial claim', weight: 3 },
      { term: 'территориальн претензи', weight: 3 },
      { term: 'northern Kazakhstan', weight: 2 },
      { term: 'северн казахстан', weight: 2 },
      { term: 'sovereignty', weight: 2 },
      { term: 'суверенитет', weight: 2 },
      { term: 'Duma', weight: 1 },
      { term: 'Дум', weight: 1 },
    ],
  },
  {
    indicatorKey: 'infrastructure',
    keywords: [
      { term: 'power outage', weight: 3 },
      { term: 'blackout', weight: 3 },
      { term: 'отключени электр', weight: 3 },
      { term: 'power grid', weight: 2 },
      { term: 'энергосистем', weight: 2 },
      { term: 'gas supply', weight: 2 },
      { term: 'газоснабжени', weight: 2 },
      { term: 'Rosatom', weight: 2 },
      { term: 'Росатом', weight: 2 },
      { term: 'nuclear power plant', weight: 2 },
      { term: 'АЭС', weight: 2 },
      { term: 'electricity imports', weight: 2 },
      { term: 'Gazprom', weight: 1 },
      { term: 'Газпром', weight: 1 },
    ],
  },
  {
    indicatorKey: 'trade_russia',
    keywords: [
      { term: 'sanctions', weight: 2 },
      { term: 'санкци', weight: 2 },
      { term: 'Eurasian Economic Union', weight: 2 },
      { term: 'ЕАЭС', weight: 2 },
      { term: 'customs', weight: 1 },
      { term: 'таможн', weight: 1 },
      { term: 'trade with Russia', weight: 3 },
      { term: 'торговл с росси', weight: 3 },
      { term: 're-export', weight: 2 },
      { term: 'реэкспорт', weight: 2 },
    ],
  },
];

/**
 * Cue words on the rubric in libs/api-evidence/src/lib/curated/README.md ("Severity rubric as
 * applied"): 5 a crisis, 4 national disruption, 3 measurable effect, 2 a concrete limited step,
 * 1 a signal or a follow-up report. The highest cue found wins.
 */
export const DEFAULT_SEVERITY_CUES: readonly SeverityCue[] = [
  { term: 'state of emergency', severity: 5 },
  { term: 'чрезвычайн положени', severity: 5 },
  { term: 'internet shutdown', severity: 5 },
  { term: 'troops deployed', severity: 5 },
  { term: 'deploy troops', severity: 5 },
  { term: 'ввод войск', severity: 5 },
  { term: 'exports halted', severity: 5 },
  { term: 'halted', severity: 4 },
  { term: 'halts', severity: 4 },
  { term: 'suspended', severity: 4 },
  { term: 'suspends', severity: 4 },
  { term: 'shut down', severity: 4 },
  { term: 'out of service', severity: 4 },
  { term: 'drone attack', severity: 4 },
  { term: 'drone strike', severity: 4 },
  { term: 'mass detentions', severity: 4 },
  { term: 'nationwide', severity: 4 },
  { term: 'force majeure', severity: 4 },
  { term: 'приостанов', severity: 4 },
  { term: 'остановлен', severity: 4 },
  { term: 'массов задержани', severity: 4 },
  { term: 'атак беспилотник', severity: 4 },
  { term: 'court', severity: 3 },
  { term: 'ruling', severity: 3 },
  { term: 'sentenced', severity: 3 },
  { term: 'signed into law', severity: 3 },
  { term: 'signs law', severity: 3 },
  { term: 'damaged', severity: 3 },
  { term: 'суд', severity: 3 },
  { term: 'приговор', severity: 3 },
  { term: 'подписал закон', severity: 3 },
  { term: 'detained', severity: 2 },
  { term: 'arrested', severity: 2 },
  { term: 'exercise', severity: 2 },
  { term: 'drills', severity: 2 },
  { term: 'agreement', severity: 2 },
  { term: 'bill', severity: 2 },
  { term: 'draft law', severity: 2 },
  { term: 'задержан', severity: 2 },
  { term: 'учени', severity: 2 },
  { term: 'законопроект', severity: 2 },
  { term: 'соглашени', severity: 2 },
  { term: 'death toll', severity: 1 },
  { term: 'resumed', severity: 1 },
  { term: 'resumes', severity: 1 },
  { term: 'restored', severity: 1 },
  { term: 'lifted', severity: 1 },
  { term: 'возобнов', severity: 1 },
  { term: 'восстановлен', severity: 1 },
];

/** Source weights: established newsrooms covering Kazakhstan first, state media and aggregators lower. */
export const DEFAULT_SOURCE_WEIGHTS: readonly SourceWeight[] = [
  { match: 'rferl', weight: 1, why: 'RFE/RL newsroom, original reporting' },
  { match: 'azattyq', weight: 1, why: 'RFE/RL Kazakh Service, original reporting' },
  { match: 'eurasianet', weight: 1, why: 'regional newsroom, original reporting' },
  { match: 'reuters', weight: 1, why: 'wire service' },
  { match: 'inform.kz', weight: 0.8, why: 'state news agency: official positions reliably, criticism rarely' },
  { match: 'kazinform', weight: 0.8, why: 'state news agency: official positions reliably, criticism rarely' },
  { match: 'tengrinews', weight: 0.8, why: 'commercial Kazakh outlet' },
  { match: 'gdelt', weight: 0.5, why: 'machine-aggregated news volume, not a report' },
];

export const DEFAULT_INTAKE_RULES: IntakeRules = {
  indicators: DEFAULT_INDICATOR_KEYWORDS,
  severityCues: DEFAULT_SEVERITY_CUES,
  defaultSeverity: 2,
  sources: DEFAULT_SOURCE_WEIGHTS,
  unknownSourceWeight: 0.6,
  titleFactor: 1.5,
};
