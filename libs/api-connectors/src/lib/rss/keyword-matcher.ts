import { ConnectorSettingsError } from '../model/errors';
import type { KeywordRule } from '../settings/connector-settings';

/** The indicator an item is routed to, and every keyword it contained. */
export interface KeywordMatch {
  readonly indicatorKey: string;
  readonly matchedKeywords: readonly string[];
}

interface CompiledKeyword {
  readonly keyword: string;
  readonly indicatorKey: string;
  readonly ruleIndex: number;
  readonly pattern: RegExp;
}

/** Lower case, NFC, ё → е: Russian texts write ё and е interchangeably. */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е');
}

/**
 * Compiles a keyword: each word must start a word in the text and may continue with letters or
 * digits (stems match inflections); words are separated by any non-letters ("foreign-agent").
 * With `stems: false` each word must be a whole word ("не" does not match «нефть»).
 * Match it against `normalise`d text. Also used by the intake rules, so both read keywords alike.
 */
export function compileKeyword(keyword: string, { stems = true }: { readonly stems?: boolean } = {}): RegExp | null {
  const words = normalise(keyword)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const wordEnd = stems ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])';
  const body = words.map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${wordEnd}`).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'u');
}

/**
 * Routes text to indicators by keyword rules (case-insensitive, Cyrillic-aware, whole-word-ish;
 * see `KeywordRule`). An item matching several indicators goes to the one with the most matched
 * keywords, ties to the earlier rule; all matched keywords are reported for the analyst.
 */
export class KeywordMatcher {
  private readonly keywords: readonly CompiledKeyword[];

  constructor(rules: readonly KeywordRule[], connectorKey = 'rss') {
    const problems: string[] = [];
    const keywords: CompiledKeyword[] = [];
    rules.forEach((rule, ruleIndex) =>
      rule.keywords.forEach((keyword) => {
        const pattern = compileKeyword(keyword);
        if (pattern === null) problems.push(`keyword ${JSON.stringify(keyword)} of ${rule.indicatorKey} has no letters or digits`);
        else keywords.push({ keyword, indicatorKey: rule.indicatorKey, ruleIndex, pattern });
      }),
    );
    if (problems.length > 0) throw new ConnectorSettingsError(connectorKey, problems);
    this.keywords = keywords;
  }

  /** Every configured keyword found in the text, in rule order. */
  matchedKeywords(text: string): string[] {
    return this.find(text).map((k) => k.keyword);
  }

  private find(text: string): CompiledKeyword[] {
    const normalised = normalise(text);
    return this.keywords.filter((k) => k.pattern.test(normalised));
  }

  /** True when the text contains at least one keyword. */
  matchesAny(text: string): boolean {
    return this.find(text).length > 0;
  }

  /** The indicator for the text, or null when no keyword occurs. */
  match(text: string): KeywordMatch | null {
    const found = this.find(text);
    if (found.length === 0) return null;
    const counts = new Map<string, { count: number; ruleIndex: number }>();
    for (const k of found) {
      const entry = counts.get(k.indicatorKey) ?? { count: 0, ruleIndex: k.ruleIndex };
      counts.set(k.indicatorKey, { count: entry.count + 1, ruleIndex: Math.min(entry.ruleIndex, k.ruleIndex) });
    }
    const [indicatorKey] = [...counts.entries()].sort(([, a], [, b]) => b.count - a.count || a.ruleIndex - b.ruleIndex)[0];
    return { indicatorKey, matchedKeywords: found.map((k) => k.keyword) };
  }
}
