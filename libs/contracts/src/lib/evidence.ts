export const EVENT_STATUSES = ['draft', 'published', 'rejected'] as const;
/** draft: awaiting an analyst (connector output); published: counts in the index; rejected: dismissed in triage. */
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
/** high: a primary statement or two outlets agree; medium: one reputable outlet; low: inferred or unconfirmed. */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

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
}

export type EventPatch = Partial<EventInput>;

export interface EventQuery {
  indicator?: string;
  from?: string;
  to?: string;
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

export interface ObservationView {
  id: number;
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
  origin: EvidenceOrigin;
  /** Who entered it: a display name or role label (authorLabel), never an e-mail address; null for seeded or connector data. */
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ObservationInput {
  indicatorKey: string;
  series: string;
  date: string;
  value: number;
  unit: string;
  sourceName: string;
  sourceUrl: string;
  confidence: Confidence;
  note?: string | null;
}

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
export const EVENT_CSV_REQUIRED_COLUMNS = ['date', 'indicator', 'title', 'summary', 'severity', 'source_name', 'source_url', 'confidence'] as const;
export const EVENT_CSV_OPTIONAL_COLUMNS = ['id', 'end_date', 'date_precision', 'stage', 'status'] as const;
