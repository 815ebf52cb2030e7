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
}

export interface Observation {
  readonly indicatorKey: string;
  readonly date: string;
  readonly value: number;
}

export interface Evidence {
  readonly events: readonly EvidenceEvent[];
  readonly observations: readonly Observation[];
}
