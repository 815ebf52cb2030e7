import type { CoverageView, IndicatorFreshnessView } from './index-series';

export const EVENT_STATUSES = ['draft', 'published', 'rejected'] as const;
/** draft: awaiting an analyst (connector output); published: counts in the index; rejected: dismissed in triage. */
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
/** high: a primary statement or two outlets agree; medium: one reputable outlet; low: inferred or unconfirmed. */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * Method version 2, "honest memory": is what the event describes still under way? `ongoing` holds full
 * impact until an end date is entered; `unknown` (nobody said) holds for the indicator's bounded time,
 * then decays and is flagged; `ended` ends on endDate, or on its date.
 */
export const EVENT_LIFECYCLES = ['ongoing', 'ended', 'unknown'] as const;
export type EventLifecycleView = (typeof EVENT_LIFECYCLES)[number];

/** Where a piece of evidence came from. */
export type EvidenceOrigin = 'curated' | 'analyst' | 'import' | 'connector';

export interface EventView {
  id: number;
  indicatorKey: string;
  date: string;
  datePrecision: DatePrecision;
  /** Last day of an ongoing disruption; null for a one-off event. */
  endDate: string | null;
  title: string;
  summary: string;
  severity: number;
  /** Legislative stage for stage-scored indicators; null otherwise. */
  stage: string | null;
  sourceName: string;
  sourceUrl: string;
  confidence: Confidence;
  status: EventStatus;
  origin: EvidenceOrigin;
  lifecycle: EventLifecycleView;
  /** The event this one follows up (its family); null for a family's first event. One level: a parent has no parent. */
  parentId: number | null;
  /** Day we learned of it (point-in-time replay): the clock's today when entered through the API. */
  recordedAt: string | null;
  /** Who entered it: a display name or role label (authorLabel), never an e-mail address; null for seeded or connector data. */
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EventInput {
  indicatorKey: string;
  date: string;
  datePrecision?: DatePrecision;
  endDate?: string | null;
  title: string;
  summary: string;
  severity: number;
  stage?: string | null;
  sourceName: string;
  sourceUrl: string;
  confidence: Confidence;
  status?: EventStatus;
  /** Default 'unknown' (nobody said it ended). */
  lifecycle?: EventLifecycleView;
  /** Follow-up of this event (same indicator, and itself no follow-up); refused with 400 naming parentId otherwise. */
  parentId?: number | null;
}

export type EventPatch = Partial<EventInput>;

/**
 * The shortest event search text (spaces around it aside). Texts of three characters or more are
 * looked up in trigram indexes; a shorter one occurs in nearly every event and could only be found by
 * reading the whole table, so the API refuses it.
 */
export const EVENT_TEXT_MIN_LENGTH = 3;

export interface EventQuery {
  indicator?: string;
  from?: string;
  to?: string;
  /** Text to find in the title, summary or source: blank for none, else at least EVENT_TEXT_MIN_LENGTH characters. */
  q?: string;
  status?: EventStatus;
  /** By date: newest first (desc, the default) or oldest first (asc). */
  sort?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** What an observation says, as stored: every field present, null where none was given. */
export interface ObservationRecord {
  indicatorKey: string;
  /** Which quantity, e.g. russia_trade_share; an indicator may carry context series beside its scored one. */
  series: string;
  date: string;
  value: number;
  unit: string;
  sourceName: string;
  sourceUrl: string;
  confidence: Confidence;
  note: string | null;
  /** 'YYYY' (a year) or 'YYYY-MM' (a part-year ending with that month); null = a reading of `date` alone. */
  period: string | null;
  /** Day the figure was published (its edition), when known. */
  vintage: string | null;
}

export interface ObservationView extends ObservationRecord {
  id: number;
  /** Day we learned the value (the clock's today when entered through the API). */
  recordedAt: string | null;
  origin: EvidenceOrigin;
  /** Who entered it: a display name or role label (authorLabel), never an e-mail address; null for seeded or connector data. */
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A new observation: note, period and vintage may be left out (stored as null). */
export type ObservationInput = Omit<ObservationRecord, OptionalObservationField> &
  Partial<Pick<ObservationRecord, OptionalObservationField>>;
type OptionalObservationField = 'note' | 'period' | 'vintage';

export type ObservationPatch = Partial<ObservationInput>;

export interface ObservationQuery {
  indicator?: string;
  series?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** One problem in an imported CSV: the line number counts the header as line 1. */
export interface ImportProblem {
  line: number;
  field: string | null;
  message: string;
}

export interface ImportRowResult {
  line: number;
  action: 'create' | 'update';
  event: EventInput & { id?: number };
}

/** The outcome of POST /api/events/import; with dryRun nothing was stored. */
export interface ImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  rows: ImportRowResult[];
}

/** The columns an events CSV must have (in any order); optional ones may be left out of the header. */
export const EVENT_CSV_REQUIRED_COLUMNS = [
  'date',
  'indicator',
  'title',
  'summary',
  'severity',
  'source_name',
  'source_url',
  'confidence',
] as const;
export const EVENT_CSV_OPTIONAL_COLUMNS = ['id', 'end_date', 'date_precision', 'stage', 'status', 'lifecycle', 'parent_id'] as const;

export interface ObservationImportRowResult {
  line: number;
  action: 'create' | 'update';
  observation: ObservationInput & { id?: number };
}

/** The outcome of POST /api/observations/import (all rows or none; with dryRun nothing was stored). */
export interface ObservationImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  rows: ObservationImportRowResult[];
}

/** The columns an observations CSV must have (any order); an existing (indicator, series, date) is updated. */
export const OBSERVATION_CSV_REQUIRED_COLUMNS = [
  'indicator',
  'series',
  'date',
  'value',
  'unit',
  'source_name',
  'source_url',
  'confidence',
] as const;
export const OBSERVATION_CSV_OPTIONAL_COLUMNS = ['id', 'period', 'vintage', 'note'] as const;

/** "Reviewed — no change" (POST /api/indicators/:key/reviews, analyst). */
export interface IndicatorReviewInput {
  /** What was checked (optional). */
  note?: string | null;
}

export interface IndicatorReviewView {
  id: number;
  indicatorKey: string;
  /** The day reviewed (the clock's today). */
  reviewedOn: string;
  note: string | null;
  author: string | null;
  recordedAt: string;
  /** Freshness of the indicator after the review. */
  freshness: IndicatorFreshnessView;
}

/** Evidence health (GET /api/evidence-health, analyst): what an analyst must act on to keep the index honest. */
export interface IndicatorHealthView {
  indicatorKey: string;
  name: string;
  freshness: IndicatorFreshnessView;
  lastEvent: { id: number; date: string; title: string; recordedAt: string | null; lifecycle: EventLifecycleView } | null;
  lastReview: { reviewedOn: string; note: string | null; author: string | null } | null;
  /** The seeded history was curated through this day (counts as review up to it); null for indicators outside it. */
  curatedThrough: string | null;
  /** Structural series behind the baseline. */
  series: string[];
  /** What to do, in words (e.g. "Stale for 69 days: review or add evidence"). */
  action: string | null;
}

export interface StructuralSeriesHealthView {
  series: string;
  label: string;
  indicatorKeys: string[];
  /** Latest period stored ('2024', '2025-06'), its value and unit; null when none is stored. */
  latestPeriod: string | null;
  latestValue: number | null;
  unit: string | null;
  /** When the latest figure was published (its edition), when known. */
  vintage: string | null;
  sourceName: string | null;
  /** The series is expected to have a figure no older than this. */
  expectedVintageMonths: number;
  /** Months from the end of the latest period to today. */
  ageMonths: number | null;
  /** Older than expected (or never stored): the baseline carries it forward and flags it. */
  stale: boolean;
}

export interface ConnectorHealthView {
  key: string;
  name: string;
  state: 'ok' | 'failing' | 'never_run' | 'running';
  lastSuccess: { at: string; runId: number } | null;
  /** The last failed (or partial) run with its error in words. */
  lastFailure: { at: string; runId: number; error: string } | null;
  failuresLast7Days: number;
}

export interface EvidenceHealthView {
  date: string;
  indicators: IndicatorHealthView[];
  series: StructuralSeriesHealthView[];
  connectors: ConnectorHealthView[];
  /** Failed connector runs in the last 7 days (what admin digests count). */
  failedSyncsLast7Days: number;
  coverage: CoverageView;
}
