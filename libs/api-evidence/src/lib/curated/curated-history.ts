import type { Confidence, DatePrecision } from '@kem/contracts';
import curatedEvents from './curated-events.json';
import curatedObservations from './curated-observations.json';

/** One reviewed fact of the embedded history; `ref` never changes once shipped. */
export interface CuratedEvent {
  ref: string;
  indicator: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  title: string;
  summary: string;
  severity: number;
  severityRationale: string;
  stage: string | null;
  sourceName: string;
  sourceUrl: string;
  confidence: Confidence;
}

export interface CuratedObservation {
  indicator: string;
  series: string;
  date: string;
  value: number;
  unit: string;
  sourceName: string;
  sourceUrl: string;
  confidence: Confidence;
  note: string | null;
}

export const CURATED_EVENTS = curatedEvents as CuratedEvent[];
export const CURATED_OBSERVATIONS = curatedObservations as CuratedObservation[];
