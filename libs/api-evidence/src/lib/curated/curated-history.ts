import type { EventLifecycle } from '@kem/api-data';
import type { Confidence, DatePrecision, ObservationInput } from '@kem/contracts';
import curatedEvents from './curated-events.json';
import curatedObservations from './curated-observations.json';

/** One reviewed fact of the embedded history; `ref` never changes once shipped. */
export interface CuratedEvent {
  ref: string;
  indicator: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  /** Whether what the event describes is still under way, as the latest source we hold says. */
  lifecycle: EventLifecycle;
  /** The family's first event, for a follow-up (same indicator, same day or earlier, no parent of its own). */
  parentRef: string | null;
  title: string;
  summary: string;
  severity: number;
  severityRationale: string;
  stage: string | null;
  sourceName: string;
  sourceUrl: string;
  /** Publication day of the cited page when known; the event is stored as learned on it (else on `date`). */
  reportedAt: string | null;
  confidence: Confidence;
}

/** An observation of the embedded history, keyed by `indicator` as in the JSON; its period is derived from the date. */
export interface CuratedObservation
  extends Pick<ObservationInput, 'series' | 'date' | 'value' | 'unit' | 'sourceName' | 'sourceUrl' | 'confidence'> {
  indicator: string;
  note: string | null;
}

export const CURATED_EVENTS = curatedEvents as CuratedEvent[];
export const CURATED_OBSERVATIONS = curatedObservations as CuratedObservation[];

/** Day the event is stored as learned: the source's publication day when known, else the event date. */
export const recordedDay = (e: Pick<CuratedEvent, 'date' | 'reportedAt'>): string => e.reportedAt ?? e.date;

/**
 * Period a dated observation describes: a year for a 31 December value, else the part-year ending
 * with the date's month (as the evidence-v2 migration derives it for stored rows).
 */
export const periodOfDate = (date: string): string => (date.endsWith('-12-31') ? date.slice(0, 4) : date.slice(0, 7));
