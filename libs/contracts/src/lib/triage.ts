import type { EventView, Page } from './evidence';

/** How an analyst settled a draft in triage. */
export const TRIAGE_DECISIONS = ['accepted', 'corrected', 'merged', 'rejected'] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];

export type SuggestionConfidence = 'low' | 'medium' | 'high';

/**
 * What intake suggested for a connector draft when it arrived, each part with the rule that fired
 * (keywords and their weights, severity cue words, source weight, the family's shared title words).
 */
export interface IntakeSuggestionView {
  /** Suggested indicator; null when no indicator keyword occurred (the draft keeps the feed's routing). */
  indicatorKey: string | null;
  severity: number;
  /** True when no severity cue word occurred and the rubric's default was taken. */
  severityGuessed: boolean;
  /** Root event of the suggested family (the draft would be its follow-up); null for a new story. */
  parentId: number | null;
  confidence: SuggestionConfidence;
  /** The reasons in words, in the order the rules ran. */
  reasons: string[];
}

/** A news item left out as a duplicate of a stored event or draft (another feed, same story). */
export interface MergedDuplicateView {
  title: string;
  sourceName: string;
  sourceUrl: string;
  date: string;
  /** url: the same canonical URL; title: a near-duplicate headline. */
  kind: 'url' | 'title';
  /** 1 for the same URL; the headlines' word overlap (Jaccard) otherwise. */
  similarity: number;
  reason: string;
  recordedAt: string | null;
}

/** A published event a draft may join as a follow-up (merge): a family's root, never a follow-up. */
export interface FamilyCandidateView {
  id: number;
  indicatorKey: string;
  date: string;
  title: string;
  severity: number;
  /** The family intake suggested. */
  suggested: boolean;
}

/** One draft in the triage queue (GET /api/triage, analyst). */
export interface TriageItemView {
  event: EventView;
  /** Null for drafts that did not come through intake (e.g. saved by an analyst). */
  suggestion: IntakeSuggestionView | null;
  /** Copies of the story from other feeds, merged into this draft at intake. */
  duplicates: MergedDuplicateView[];
  /** Families the draft may join (merge): the suggested root first, then roots of its indicator dated up to 180 days before it, newest first. */
  familyCandidates: FamilyCandidateView[];
}

export type TriagePage = Page<TriageItemView>;

export interface TriageQuery {
  page?: number;
  pageSize?: number;
}

/** POST /api/triage/:id/correct: publish with these instead of the suggestion (fields left out keep it). */
export interface TriageCorrection {
  indicatorKey?: string;
  severity?: number;
  /** Family root to follow up; null publishes it as a story of its own. */
  parentId?: number | null;
}

/** POST /api/triage/:id/merge: publish as a follow-up of this event (it adds no impact to the family). */
export interface TriageMerge {
  parentId: number;
}

/** POST /api/triage/:id/reject. */
export interface TriageRejection {
  /** Why, for the audit trail and the next analyst (3–500 characters). */
  reason: string;
}

/** The answer to every triage action: the event as now stored and what was decided. */
export interface TriageResult {
  decision: TriageDecision;
  event: EventView;
  /** What the action did beyond the analyst's input, in words (e.g. a merge capping severity). */
  notes: string[];
}
