import type { MethodVersionView } from './index-series';

export type AggregationMethodName = 'arithmetic' | 'geometric';

export interface ProfileVersionView {
  id: number;
  number: number;
  weights: Record<string, number>;
  method: AggregationMethodName;
  /** λ of the peak-channel term I = M + λ(max − M), 0–1: how much the highest indicator score lifts the mean. */
  peakChannel: number;
  note: string;
  /** Who saved it: a display name or role label (authorLabel), never an e-mail address; null for presets. */
  author: string | null;
  createdAt: string;
}

export interface ProfileView {
  id: number;
  slug: string;
  name: string;
  /** Why these weights suit this kind of business. */
  description: string;
  archived: boolean;
  /** The version whose index is served. */
  activeVersion: ProfileVersionView | null;
}

export interface SaveVersionRequest {
  /** One weight per indicator, each indicator exactly once, finite, 0–100, positive sum. */
  weights: Record<string, number>;
  method: AggregationMethodName;
  /**
   * λ of the peak-channel term, a number from 0 (the plain weighted mean) to 1 (the highest indicator
   * score). Left out: the profile's current λ (for a new profile, the method's default, 0.25).
   */
  peakChannel?: number;
  /** Why the weights changed (required, shown in the history). */
  note: string;
}

export interface CreateProfileRequest extends SaveVersionRequest {
  name: string;
  description: string;
  slug?: string;
}

export interface UpdateProfileRequest {
  name?: string;
  description?: string;
  archived?: boolean;
}

export interface ProfileBuildView {
  versionId: number;
  versionNumber: number;
  status: 'pending' | 'building' | 'ready' | 'failed';
  /** 0..1 */
  progress: number;
  error: string | null;
  computedAt: string | null;
  /** True once this version's index is the one served. */
  served: boolean;
}

export interface WeightChange {
  indicatorKey: string;
  from: number | null;
  to: number | null;
}

export interface VersionDiffView {
  from: ProfileVersionView;
  to: ProfileVersionView;
  methodChanged: boolean;
  /** True when the peak-channel λ differs between the two versions. */
  peakChannelChanged: boolean;
  weights: WeightChange[];
}

/** Daily indicator scores under the served evidence: what the browser re-weights for a live preview. */
export interface ScoreHistoryView {
  /** Scoring method of the scores (2 unless ?method=1); the same stored scores every profile version uses. */
  method: MethodVersionView;
  /** Peak-channel λ the default profile's served index uses with these scores (a profile's own λ is on its version). */
  peakChannel: number;
  from: string;
  to: string;
  keys: string[];
  /** scores[i][t]: indicator keys[i] on day from + t; null where it has no data or is unmonitored (left out of the composite). */
  scores: (number | null)[][];
}
