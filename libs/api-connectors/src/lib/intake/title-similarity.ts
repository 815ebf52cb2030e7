import { normalise } from '../rss/keyword-matcher';

/**
 * Words that carry no story: English and Russian function words, and the tails outlets append to
 * headlines ("– Reuters", "| Eurasianet"). Removed before titles are compared.
 */
const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'as',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'had',
  'it',
  'its',
  'this',
  'that',
  'after',
  'over',
  'into',
  'about',
  'says',
  'said',
  'say',
  'new',
  'not',
  'will',
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'к',
  'о',
  'об',
  'от',
  'до',
  'за',
  'из',
  'для',
  'не',
  'что',
  'как',
  'это',
  'его',
  'ее',
  'их',
  'reuters',
  'rferl',
  'eurasianet',
  'azattyq',
  'kazinform',
  'tengrinews',
  'ap',
  'afp',
]);

/** Words are cut to this many letters, so inflections meet: protests/protest, Казахстана/Казахстан. */
const STEM_LENGTH = 6;

/**
 * The content words of a title as a set of stems: normalised (lower case, NFC, ё → е), split on
 * anything but letters and digits, function words and outlet names dropped, cut to six letters.
 * "U.S." becomes "u" + "s" and is dropped with the other one-letter words.
 */
export function titleStems(title: string): Set<string> {
  const stems = new Set<string>();
  for (const word of normalise(title).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    stems.add(word.slice(0, STEM_LENGTH));
  }
  return stems;
}

/** How alike two titles are, and the stems they share (for the reasons shown to an analyst). */
export interface TitleSimilarity {
  /** |A ∩ B| / |A ∪ B| of the title stems, 0–1. */
  readonly jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): 1 when one title's words all occur in the other. */
  readonly containment: number;
  readonly shared: readonly string[];
}

export function titleSimilarity(a: string, b: string): TitleSimilarity {
  const x = titleStems(a);
  const y = titleStems(b);
  const shared = [...x].filter((stem) => y.has(stem));
  const union = x.size + y.size - shared.length;
  return {
    jaccard: union === 0 ? 0 : shared.length / union,
    containment: Math.min(x.size, y.size) === 0 ? 0 : shared.length / Math.min(x.size, y.size),
    shared,
  };
}

/** When two titles are taken to report the same story. */
export interface NearDuplicateThreshold {
  /** Stem Jaccard at or above which titles are the same story. */
  readonly jaccard: number;
  /** Or: containment at or above this, when the shorter title has at least `minStemsForContainment` stems. */
  readonly containment: number;
  readonly minStemsForContainment: number;
}

/**
 * Chosen on real headlines (see title-similarity.spec.ts): distinct stories of one day's world feed
 * stay below 0.25 Jaccard, while one story re-published with an outlet tail, other casing or
 * punctuation, or a word added stays above 0.6; a short title wholly inside a longer one (five
 * content words or more) is the same story with a longer headline.
 */
export const DEFAULT_NEAR_DUPLICATE: NearDuplicateThreshold = { jaccard: 0.6, containment: 0.9, minStemsForContainment: 5 };

export function isNearDuplicateTitle(a: string, b: string, threshold: NearDuplicateThreshold = DEFAULT_NEAR_DUPLICATE): boolean {
  const s = titleSimilarity(a, b);
  if (s.jaccard >= threshold.jaccard) return true;
  const smaller = Math.min(titleStems(a).size, titleStems(b).size);
  return smaller >= threshold.minStemsForContainment && s.containment >= threshold.containment;
}
