/** Dated evidence behind the scores: events (for event-pressure and stage indicators) and observations (metrics). */

export type EvidenceId = string | number;

export interface EvidenceEvent {
  readonly id: EvidenceId;
  readonly indicatorKey: string;
  /** First day of the event, 'YYYY-MM-DD'. */
  readonly date: string;
  /** Last day of an ongoing disruption; none = a one-day event (end = date). */
  readonly endDate?: string | null;
  /** Integer 1..5. */
  readonly severity: number;
  /** For stage indicators: the legislative stage this event reached; none = an enforcement event. */
  readonly stage?: string | null;
  /**
   * Method version 2 (memory): whether the situation the event describes is still under way.
   * `ongoing` holds full impact until an end date is entered; `unknown` holds for the indicator's
   * `unknownHoldDays`, then decays and is flagged; `ended` (and none, as in version 1) ends on
   * `endDate`, or on `date` when there is none.
   */
  readonly status?: EventStatus | null;
  /** Method version 2: events sharing a family id are one crisis and count once per indicator. */
  readonly familyId?: string | null;
  /** Method version 2: the event this one follows up (its family is the parent's family). */
  readonly parentId?: EvidenceId | null;
  /** Day we learned of the event, 'YYYY-MM-DD' (point-in-time scoring); none = known on `date`. */
  readonly recordedAt?: string | null;
}

export type EventStatus = 'ongoing' | 'ended' | 'unknown';

export interface Observation {
  readonly indicatorKey: string;
  readonly date: string;
  readonly value: number;
  /** Day we learned of the value (point-in-time scoring); none = known on `date`. */
  readonly recordedAt?: string | null;
}

/** "Reviewed — no change": an analyst checked the indicator on `date` and found nothing to add. */
export interface EvidenceReview {
  readonly indicatorKey: string;
  readonly date: string;
  /** Day the review was recorded; none = on `date`. */
  readonly recordedAt?: string | null;
}

/**
 * One value of a slow structural series (Freedom House, WGI, RSF, trade shares…), e.g.
 * `{ series: 'fh_civil_liberties', period: '2024', value: 18 }`. `period` is a year 'YYYY' or a
 * part-year ending in a month 'YYYY-MM'; when it became known follows from the baseline component's
 * publication rule unless `recordedAt` says otherwise.
 */
export interface StructuralObservation {
  readonly series: string;
  readonly period: string;
  readonly value: number;
  readonly recordedAt?: string | null;
}

export interface Evidence {
  readonly events: readonly EvidenceEvent[];
  readonly observations: readonly Observation[];
  /** Method version 2: dated reviews (freshness). */
  readonly reviews?: readonly EvidenceReview[];
  /** Method version 2: structural series behind the baselines. */
  readonly structural?: readonly StructuralObservation[];
}
