import { daysBetween } from '@kem/scoring';
import { canonicalizeUrl } from '../rss/canonical-url';
import { DEFAULT_NEAR_DUPLICATE, isNearDuplicateTitle, titleSimilarity, type NearDuplicateThreshold } from './title-similarity';

/** What de-duplication needs of an item: a new draft, or an event already stored. */
export interface DedupeCandidate {
  /** The event id for stored events; absent for items of the same batch. */
  readonly id?: number;
  readonly title: string;
  readonly sourceUrl: string;
  readonly sourceName: string;
  /** 'YYYY-MM-DD'. */
  readonly date: string;
}

/** Why an item is a duplicate of another. */
export interface DuplicateMatch<T extends DedupeCandidate = DedupeCandidate> {
  readonly of: T;
  readonly kind: 'url' | 'title';
  /** 1 for the same canonical URL; the title stems' Jaccard otherwise. */
  readonly similarity: number;
  readonly reason: string;
}

export interface DedupeOptions {
  readonly threshold?: NearDuplicateThreshold;
  /** Titles only count as the same story within this many days of each other (default 3). */
  readonly maxDaysApart?: number;
}

/** Headlines count as the same story within this many days of each other, unless told otherwise. */
export const DEFAULT_MAX_DAYS_APART = 3;

const daysApart = (a: string, b: string) => Math.abs(daysBetween(a, b));
const urlKey = (url: string) => canonicalizeUrl(url) ?? url;

/**
 * The first of `candidates` that `item` duplicates: the same canonical URL (any dates), else a
 * near-duplicate title (see `isNearDuplicateTitle`) within `maxDaysApart` days — the same story
 * carried by another feed. Null when none.
 */
export function findDuplicate<T extends DedupeCandidate>(
  item: DedupeCandidate,
  candidates: readonly T[],
  options: DedupeOptions = {},
): DuplicateMatch<T> | null {
  const threshold = options.threshold ?? DEFAULT_NEAR_DUPLICATE;
  const maxDays = options.maxDaysApart ?? DEFAULT_MAX_DAYS_APART;
  const url = urlKey(item.sourceUrl);
  const sameUrl = candidates.find((c) => urlKey(c.sourceUrl) === url);
  if (sameUrl) return { of: sameUrl, kind: 'url', similarity: 1, reason: `same canonical URL as ${describe(sameUrl)}` };
  let best: DuplicateMatch<T> | null = null;
  for (const candidate of candidates) {
    if (daysApart(item.date, candidate.date) > maxDays) continue;
    if (!isNearDuplicateTitle(item.title, candidate.title, threshold)) continue;
    const s = titleSimilarity(item.title, candidate.title);
    if (best === null || s.jaccard > best.similarity) {
      best = {
        of: candidate,
        kind: 'title',
        similarity: round(s.jaccard),
        reason: `title shares ${s.shared.length} word(s) with ${describe(candidate)} (${s.shared.join(', ')}; similarity ${round(s.jaccard)})`,
      };
    }
  }
  return best;
}

/** A batch split into the items to keep and the duplicates left out, each with its match. */
export interface DedupeResult<T extends DedupeCandidate> {
  readonly kept: T[];
  readonly duplicates: { readonly item: T; readonly match: DuplicateMatch }[];
}

/**
 * De-duplicates a batch across feeds and against stored events: an item is left out when it
 * duplicates a stored event or an item kept before it (feed order decides which copy stays, so
 * list the preferred feeds first).
 */
export function dedupeBatch<T extends DedupeCandidate>(
  items: readonly T[],
  stored: readonly DedupeCandidate[] = [],
  options: DedupeOptions = {},
): DedupeResult<T> {
  const kept: T[] = [];
  const duplicates: { item: T; match: DuplicateMatch }[] = [];
  for (const item of items) {
    const match = findDuplicate(item, stored, options) ?? findDuplicate(item, kept, options);
    if (match) duplicates.push({ item, match });
    else kept.push(item);
  }
  return { kept, duplicates };
}

function describe(c: DedupeCandidate): string {
  return c.id !== undefined ? `event ${c.id}` : `"${c.title}" (${c.sourceName})`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
