/**
 * The rules intake suggestions come from. Every suggestion names the rule entries it used, so an
 * analyst can see why, and an admin can change a weight here and know what it does.
 * Keywords are matched like the connectors' keyword rules (`compileKeyword`): case-insensitive,
 * each word a stem ("protest" matches "protesters", "задержан" «задержаны»).
 */

/** Keywords that point to one indicator with the same weight: one row of the keyword table. */
export interface IndicatorKeywords {
  readonly indicatorKey: string;
  /** 3 = names the indicator's subject outright; 2 = typical of it; 1 = supporting context. */
  readonly weight: 1 | 2 | 3;
  readonly terms: readonly string[];
  /** The terms do not count when one of these occurs too (e.g. CPC = Communist Party of China). */
  readonly unless?: readonly string[];
  /** The terms match whole words only, not as stems (see SeverityCue). */
  readonly wholeWords?: true;
}

/** Words or phrases that tell how serious an event is, on the curated severity rubric (1–5). */
export interface SeverityCue {
  readonly severity: 1 | 2 | 3 | 4 | 5;
  readonly terms: readonly string[];
  /**
   * The terms report an end or a recovery ("resumes", "restored"): in a title one sets the
   * severity even when the title also names what was recovered from ("resumes after drone attack").
   */
  readonly recovery?: true;
  /** The terms match whole words only, not as stems: "bill" must not match "billion". */
  readonly wholeWords?: true;
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
  /**
   * A recovery cue does not count where one of these stands before it, whole words, at most one
   * word between ("not yet resumed"): the recovery has not happened or is only planned.
   */
  readonly recoveryDenials: readonly string[];
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
 * Keyword weights per indicator in English, Russian and Kazakh, one row per indicator and weight.
 * They extend the connectors' routing rules (DEFAULT_KEYWORD_RULES) with weights and with terms
 * that only support a choice. Reasons list the terms in this order.
 */
export const DEFAULT_INDICATOR_KEYWORDS: readonly IndicatorKeywords[] = [
  { indicatorKey: 'foreign_agent', weight: 3, terms: ['foreign agent', 'иностранн агент', 'шетелдік агент'] },
  { indicatorKey: 'foreign_agent', weight: 2, terms: ['foreign fund', 'иностранн финансир'] },
  { indicatorKey: 'foreign_agent', weight: 1, terms: ['NGO', 'НКО', 'register', 'реестр'] },
  {
    indicatorKey: 'csto_military',
    weight: 3,
    terms: ['CSTO', 'ОДКБ', 'ҰҚШҰ', 'Collective Security Treaty', 'Russian troops', 'российск войск'],
  },
  { indicatorKey: 'csto_military', weight: 2, terms: ['military base', 'военн баз', 'peacekeepers', 'миротвор', 'military exercise'] },
  { indicatorKey: 'csto_military', weight: 1, terms: ['drills', 'учени'] },
  { indicatorKey: 'cpc_pipeline', weight: 3, terms: ['Caspian Pipeline', 'Каспийск трубопроводн', 'КТК'] },
  { indicatorKey: 'cpc_pipeline', weight: 2, terms: ['CPC'], unless: CPC_NOISE },
  {
    indicatorKey: 'cpc_pipeline',
    weight: 2,
    terms: ['Novorossiysk', 'Новороссийск', 'mooring', 'причал', 'pumping station', 'нефтеперекачивающ'],
  },
  { indicatorKey: 'cpc_pipeline', weight: 1, terms: ['Tengiz', 'Тенгиз', 'oil exports', 'экспорт нефти'] },
  { indicatorKey: 'internal_unrest', weight: 3, terms: ['unrest', 'riot', 'беспорядк'] },
  {
    indicatorKey: 'internal_unrest',
    weight: 2,
    terms: ['protest', 'протест', 'митинг', 'наразылық', 'state of emergency', 'чрезвычайн положени', 'забастовк'],
  },
  // A work stoppage or a rally; "strike" in a drone or missile strike is an attack, not unrest.
  {
    indicatorKey: 'internal_unrest',
    weight: 1,
    terms: ['strike', 'rally'],
    unless: ['drone strike', 'missile strike', 'air strike', 'airstrike'],
  },
  { indicatorKey: 'civil_liberties', weight: 3, terms: ['political prisoner', 'политзаключ', 'internet shutdown', 'отключени интернет'] },
  {
    indicatorKey: 'civil_liberties',
    weight: 2,
    terms: ['journalist', 'журналист', 'activist', 'активист', 'censorship', 'цензур', 'crackdown'],
  },
  { indicatorKey: 'civil_liberties', weight: 1, terms: ['blocked', 'заблокир', 'detained', 'задержан', 'sentenced', 'приговор'] },
  {
    indicatorKey: 'sovereignty_rhetoric',
    weight: 3,
    terms: ['statehood', 'государственност', 'territorial claim', 'территориальн претензи'],
  },
  { indicatorKey: 'sovereignty_rhetoric', weight: 2, terms: ['northern Kazakhstan', 'северн казахстан', 'sovereignty', 'суверенитет'] },
  { indicatorKey: 'sovereignty_rhetoric', weight: 1, terms: ['Duma', 'Дум'] },
  { indicatorKey: 'infrastructure', weight: 3, terms: ['power outage', 'blackout', 'отключени электр'] },
  {
    indicatorKey: 'infrastructure',
    weight: 2,
    terms: [
      'power grid',
      'энергосистем',
      'gas supply',
      'газоснабжени',
      'Rosatom',
      'Росатом',
      'nuclear power plant',
      'АЭС',
      'electricity imports',
    ],
  },
  { indicatorKey: 'infrastructure', weight: 1, terms: ['Gazprom', 'Газпром'] },
  { indicatorKey: 'trade_russia', weight: 3, terms: ['trade with Russia', 'торговл с росси'] },
  { indicatorKey: 'trade_russia', weight: 2, terms: ['sanctions', 'санкци', 'Eurasian Economic Union', 'ЕАЭС', 're-export', 'реэкспорт'] },
  { indicatorKey: 'trade_russia', weight: 1, terms: ['customs', 'таможн'] },
];

/**
 * Cue words on the rubric in libs/api-evidence/src/lib/curated/README.md ("Severity rubric as
 * applied"): 5 a crisis, 4 national disruption, 3 measurable effect, 2 a concrete limited step,
 * 1 a signal or a follow-up report. The highest cue found wins, except over a recovery cue in
 * the title: "CPC resumes loadings after drone attack" reports the end of the attack's effect.
 */
export const DEFAULT_SEVERITY_CUES: readonly SeverityCue[] = [
  {
    severity: 5,
    terms: [
      'state of emergency',
      'чрезвычайн положени',
      'internet shutdown',
      'troops deployed',
      'deploy troops',
      'ввод войск',
      'exports halted',
    ],
  },
  {
    severity: 4,
    terms: [
      'halted',
      'halts',
      'suspended',
      'suspends',
      'shut down',
      'out of service',
      'drone attack',
      'drone strike',
      'mass detentions',
      'nationwide',
      'force majeure',
      'приостанов',
      'остановлен',
      'массов задержани',
      'атак беспилотник',
    ],
  },
  { severity: 3, terms: ['court', 'ruling', 'sentenced', 'signed into law', 'signs law', 'damaged', 'суд', 'приговор', 'подписал закон'] },
  {
    severity: 2,
    terms: ['detained', 'arrested', 'exercise', 'drills', 'agreement', 'draft law', 'задержан', 'учени', 'законопроект', 'соглашени'],
  },
  { severity: 2, wholeWords: true, terms: ['bill', 'bills'] },
  { severity: 1, terms: ['death toll'] },
  // Not «возобновит» (will resume): a plan, not a recovery.
  {
    severity: 1,
    recovery: true,
    terms: ['resumed', 'resumes', 'restored', 'lifted', 'возобновил', 'возобновлен', 'возобновля', 'восстановлен'],
  },
];

/** Words that deny a recovery cue standing after them ("has not resumed", "yet to be restored", «не возобновлены»). */
export const DEFAULT_RECOVERY_DENIALS: readonly string[] = [
  'not',
  'never',
  "hasn't",
  "haven't",
  "isn't",
  "wasn't",
  "weren't",
  "didn't",
  'to be',
  'не',
  'будет',
  'будут',
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
  recoveryDenials: DEFAULT_RECOVERY_DENIALS,
  defaultSeverity: 2,
  sources: DEFAULT_SOURCE_WEIGHTS,
  unknownSourceWeight: 0.6,
  titleFactor: 1.5,
};
