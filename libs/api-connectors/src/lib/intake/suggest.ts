import { formatDay, parseDay } from '@kem/scoring';
import { ConnectorSettingsError } from '../model/errors';
import { compileKeyword, normalise } from '../rss/keyword-matcher';
import { DEFAULT_MAX_DAYS_APART, findDuplicate, type DedupeCandidate, type DuplicateMatch } from './dedupe';
import { DEFAULT_INTAKE_RULES, type IntakeRules, type SeverityCue } from './intake-rules';
import { titleSimilarity } from './title-similarity';

/** A connector item to triage: a draft event as the connectors produce it. */
export interface IntakeItem {
  readonly title: string;
  readonly summary: string;
  readonly sourceName: string;
  readonly sourceUrl: string;
  /** 'YYYY-MM-DD'. */
  readonly date: string;
}

/** A stored event an item may belong to (a family) or repeat (a duplicate). */
export interface ExistingEvent extends DedupeCandidate {
  readonly id: number;
  readonly indicatorKey: string;
  /** Null while ongoing or for one-day events. */
  readonly endDate: string | null;
  /** Set on follow-ups; a family is a root event and its follow-ups. */
  readonly parentId: number | null;
}

export type SuggestionConfidence = 'low' | 'medium' | 'high';

export interface IndicatorSuggestion {
  readonly indicatorKey: string;
  /** Σ keyword weight (× titleFactor when found in the title). */
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface SeveritySuggestion {
  readonly severity: 1 | 2 | 3 | 4 | 5;
  /** True when no cue occurred and the default was used. */
  readonly guessed: boolean;
  readonly reasons: readonly string[];
}

export interface FamilySuggestion {
  /** The family's root event: the id to store as the item's parentId. */
  readonly parentId: number;
  /** The member the item resembles most (the root or one of its follow-ups). */
  readonly nearestEventId: number;
  readonly similarity: number;
  readonly reasons: readonly string[];
}

/** Everything suggested for one item, each part with its reasons. */
export interface IntakeSuggestion {
  /** Null when no indicator keyword occurs: the analyst chooses. */
  readonly indicator: IndicatorSuggestion | null;
  /** Other indicators that scored, best first. */
  readonly alternatives: readonly { readonly indicatorKey: string; readonly score: number }[];
  readonly severity: SeveritySuggestion;
  readonly family: FamilySuggestion | null;
  /** Set when the item repeats a stored event: suggest rejecting it as a duplicate. */
  readonly duplicateOf: DuplicateMatch<ExistingEvent> | null;
  readonly sourceWeight: { readonly weight: number; readonly reason: string };
  readonly confidence: SuggestionConfidence;
  /** All reasons in one list, for the triage page. */
  readonly reasons: readonly string[];
}

interface Compiled {
  readonly term: string;
  readonly pattern: RegExp;
  readonly unless: readonly { readonly term: string; readonly pattern: RegExp }[];
}

type CompiledCue = Compiled &
  Pick<SeverityCue, 'severity' | 'recovery'> & {
    /** For recovery cues: a denial, at most one word, then the cue ("not resumed", "not yet resumed"). */
    readonly denied: RegExp | null;
  };

/** Family links: same indicator, the item dated from 3 days before to this many days after the member (or its end). */
export const FAMILY_WINDOW_DAYS = 60;
/** A family link needs this stem Jaccard with a member, and at least two shared stems. */
const FAMILY_MIN_SIMILARITY = 0.2;

/**
 * Suggests an indicator, a severity and a family for connector items, by rules an analyst can
 * read (`IntakeRules`): weighted keywords per indicator (title hits count more), severity cue
 * words on the curated rubric, source weights for confidence, and title similarity with stored
 * events of the same indicator for families and duplicates. Pure: no clock, no database.
 */
export class IntakeSuggester {
  private readonly indicators: readonly {
    readonly indicatorKey: string;
    readonly keywords: readonly (Compiled & { readonly weight: number })[];
  }[];
  private readonly cues: readonly CompiledCue[];

  constructor(private readonly rules: IntakeRules = DEFAULT_INTAKE_RULES) {
    const problems: string[] = [];
    const compile = (term: string, { unless = [], wholeWords }: { unless?: readonly string[]; wholeWords?: true } = {}): Compiled => {
      const pattern = compileKeyword(term, { stems: !wholeWords });
      if (pattern === null) problems.push(`intake term ${JSON.stringify(term)} has no letters or digits`);
      return { term, pattern: pattern ?? /$^/, unless: unless.map((u) => ({ term: u, pattern: compileKeyword(u) ?? /$^/ })) };
    };
    const byIndicator = new Map<string, (Compiled & { readonly weight: number })[]>();
    for (const row of rules.indicators) {
      const keywords = byIndicator.get(row.indicatorKey) ?? [];
      keywords.push(...row.terms.map((term) => ({ ...compile(term, row), weight: row.weight })));
      byIndicator.set(row.indicatorKey, keywords);
    }
    this.indicators = [...byIndicator].map(([indicatorKey, keywords]) => ({ indicatorKey, keywords }));
    const denials = rules.recoveryDenials.map((denial) => {
      const pattern = compileKeyword(denial, { stems: false });
      if (pattern === null) problems.push(`recovery denial ${JSON.stringify(denial)} has no letters or digits`);
      return pattern?.source ?? '$^';
    });
    this.cues = rules.severityCues.flatMap((row) =>
      row.terms.map((term) => {
        const cue = compile(term, row);
        const denied =
          row.recovery && denials.length > 0
            ? new RegExp(`(?:${denials.join('|')})${NON_WORD}(?:[\\p{L}\\p{N}]+${NON_WORD})?${cue.pattern.source}`, 'gu')
            : null;
        return { ...cue, severity: row.severity, recovery: row.recovery, denied };
      }),
    );
    if (problems.length > 0) throw new ConnectorSettingsError('intake', problems);
  }

  /** Indicators by score, best first; ties to the indicator listed first in the rules. */
  rankIndicators(item: Pick<IntakeItem, 'title' | 'summary'>): IndicatorSuggestion[] {
    const title = normalise(item.title);
    const whole = normalise(`${item.title}\n${item.summary}`);
    const ranked: IndicatorSuggestion[] = [];
    for (const rule of this.indicators) {
      let score = 0;
      const reasons: string[] = [];
      for (const k of rule.keywords) {
        if (!k.pattern.test(whole)) continue;
        const blocker = k.unless.find((u) => u.pattern.test(whole));
        if (blocker) {
          reasons.push(`"${k.term}" not counted: the text also says "${blocker.term}"`);
          continue;
        }
        const inTitle = k.pattern.test(title);
        const points = inTitle ? k.weight * this.rules.titleFactor : k.weight;
        score += points;
        reasons.push(`"${k.term}" in the ${inTitle ? 'title' : 'summary'} (+${round(points)})`);
      }
      if (score > 0) ranked.push({ indicatorKey: rule.indicatorKey, score: round(score), reasons });
    }
    return ranked.sort((a, b) => b.score - a.score);
  }

  /**
   * The highest severity cue in the title or summary, else the default, flagged as a guess. A
   * recovery cue in the title wins over stronger cues: the item reports the end of what they name
   * ("resumes loadings after drone attack"). A recovery cue with a denial before it ("has not
   * resumed") counts nowhere.
   */
  severity(item: Pick<IntakeItem, 'title' | 'summary'>): SeveritySuggestion {
    const title = normalise(item.title);
    const text = normalise(`${item.title}\n${item.summary}`);
    const found: CompiledCue[] = [];
    const denials: string[] = [];
    for (const cue of this.cues.filter((c) => c.pattern.test(text))) {
      const denial = denialOf(cue, text);
      if (denial === null) found.push(cue);
      else denials.push(`"${cue.term}" not counted as a recovery: the text says "${denial}"`);
    }
    if (found.length === 0) {
      return {
        severity: this.rules.defaultSeverity,
        guessed: true,
        reasons: [
          ...denials,
          `no severity cue word: default ${this.rules.defaultSeverity} (rubric: a concrete step with limited reach), check it`,
        ],
      };
    }
    const top = Math.max(...found.map((c) => c.severity)) as 1 | 2 | 3 | 4 | 5;
    const strongest = found.filter((c) => c.severity === top).map((c) => `"${c.term}"`);
    const recovery = found.find((cue) => cue.recovery && cue.pattern.test(title) && denialOf(cue, title) === null);
    if (recovery && recovery.severity < top) {
      return {
        severity: recovery.severity,
        guessed: false,
        reasons: [
          ...denials,
          `severity ${recovery.severity} from "${recovery.term}" in the title, lowered from ${top} (${strongest.join(', ')}): the title reports a recovery, so the stronger cue names what it recovers from, not a new event`,
        ],
      };
    }
    const lower = found.filter((c) => c.severity < top).map((c) => `"${c.term}"`);
    return {
      severity: top,
      guessed: false,
      reasons: [
        ...denials,
        `severity ${top} from ${strongest.join(', ')}${lower.length > 0 ? ` (lower cues also present: ${lower.join(', ')})` : ''}`,
      ],
    };
  }

  /** How far the item's source is trusted, by name or URL host. */
  sourceWeight(item: Pick<IntakeItem, 'sourceName' | 'sourceUrl'>): { weight: number; reason: string } {
    let host = '';
    try {
      host = new URL(item.sourceUrl).host.toLowerCase();
    } catch {
      host = '';
    }
    const name = item.sourceName.toLowerCase();
    const rule = this.rules.sources.find((s) => name.includes(s.match.toLowerCase()) || host.includes(s.match.toLowerCase()));
    return rule
      ? { weight: rule.weight, reason: `source weight ${rule.weight}: ${rule.why}` }
      : { weight: this.rules.unknownSourceWeight, reason: `source weight ${this.rules.unknownSourceWeight}: source not in the list` };
  }

  /**
   * The family an item continues: a stored event of the same indicator dated from 3 days before
   * the item back to `FAMILY_WINDOW_DAYS` days after the event (or its end), whose title shares at
   * least two stems and a Jaccard ≥ 0.2 with the item's (ties to the later member). Suggests the
   * family's root as parent.
   */
  family(item: IntakeItem, indicatorKey: string, existing: readonly ExistingEvent[]): FamilySuggestion | null {
    const day = parseDay(item.date);
    let best: FamilySuggestion | null = null;
    let bestStart = -Infinity;
    for (const event of existing) {
      if (event.indicatorKey !== indicatorKey) continue;
      const start = parseDay(event.date);
      const end = parseDay(event.endDate ?? event.date);
      if (day < start - DEFAULT_MAX_DAYS_APART || day > end + FAMILY_WINDOW_DAYS) continue;
      const s = titleSimilarity(item.title, event.title);
      if (s.shared.length < 2 || s.jaccard < FAMILY_MIN_SIMILARITY) continue;
      // The most alike member wins; between equally alike ones, the latest (the family's last word).
      if (best !== null && (round(s.jaccard) < best.similarity || (round(s.jaccard) === best.similarity && start <= bestStart))) continue;
      bestStart = start;
      const parentId = event.parentId ?? event.id;
      const after = day - end;
      best = {
        parentId,
        nearestEventId: event.id,
        similarity: round(s.jaccard),
        reasons: [
          `same indicator as event ${event.id}${parentId !== event.id ? ` (a follow-up of ${parentId})` : ''}, ${after >= 0 ? `${after} day(s) after it${event.endDate ? ' ended' : ''}` : `${-after} day(s) before it`}`,
          `titles share ${s.shared.join(', ')} (similarity ${round(s.jaccard)})`,
        ],
      };
    }
    return best;
  }

  /** All suggestions for one item against the stored events. */
  suggest(item: IntakeItem, existing: readonly ExistingEvent[] = []): IntakeSuggestion {
    const ranked = this.rankIndicators(item);
    const indicator = ranked[0] ?? null;
    const severity = this.severity(item);
    const family = indicator ? this.family(item, indicator.indicatorKey, existing) : null;
    const duplicateOf = findDuplicate(item, existing);
    const sourceWeight = this.sourceWeight(item);
    const margin = indicator ? indicator.score - (ranked[1]?.score ?? 0) : 0;
    // Evidence for the indicator, discounted by the source: ≥ 4 with a clear lead is high, ≥ 2 medium.
    const strength = indicator ? indicator.score * sourceWeight.weight : 0;
    const confidence: SuggestionConfidence = strength >= 4 && margin >= 2 ? 'high' : strength >= 2 ? 'medium' : 'low';
    const reasons = [
      ...(indicator
        ? [`indicator ${indicator.indicatorKey} (score ${indicator.score}): ${indicator.reasons.join('; ')}`]
        : ['no indicator keyword: choose the indicator']),
      ...(ranked.length > 1
        ? [
            `also scored: ${ranked
              .slice(1)
              .map((r) => `${r.indicatorKey} ${r.score}`)
              .join(', ')}`,
          ]
        : []),
      ...severity.reasons,
      ...(family ? [`family of event ${family.parentId}: ${family.reasons.join('; ')}`] : []),
      ...(duplicateOf ? [`duplicate: ${duplicateOf.reason}`] : []),
      `${sourceWeight.reason}; confidence ${confidence}`,
    ];
    return {
      indicator,
      alternatives: ranked.slice(1).map(({ indicatorKey, score }) => ({ indicatorKey, score })),
      severity,
      family,
      duplicateOf,
      sourceWeight,
      confidence,
      reasons,
    };
  }
}

/**
 * The stored events intake must see for items dated `days`: those overlapping from
 * FAMILY_WINDOW_DAYS before the earliest item (a family member, or its end, that long before)
 * to a few days after the latest (a copy of the story, or a family member, published later).
 * Null for no items.
 */
export function intakeLookupWindow(days: readonly string[]): { readonly from: string; readonly to: string } | null {
  if (days.length === 0) return null;
  const numbers = days.map(parseDay);
  const from = Math.min(...numbers) - FAMILY_WINDOW_DAYS;
  const to = Math.max(...numbers) + DEFAULT_MAX_DAYS_APART;
  return { from: formatDay(from), to: formatDay(to) };
}

const NON_WORD = '[^\\p{L}\\p{N}]+';

/** The denial before every occurrence of the cue in the normalised text ("not resumed"), else null. */
function denialOf(cue: CompiledCue, text: string): string | null {
  if (cue.denied === null || cue.pattern.test(text.replace(cue.denied, ' '))) return null;
  return text.match(cue.denied)?.[0] ?? null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
