import type { Cadence } from '@kem/contracts';

/** A piece of cited evidence as the e-mail shows it. Every string may hold anything a user typed. */
export interface EvidenceItem {
  title: string;
  date: string;
  indicatorName: string;
  sourceName: string;
  sourceUrl: string;
  severity: number;
}

export interface MoverItem {
  indicatorKey: string;
  name: string;
  /** Index points this indicator added (+) or removed (−) over the window. */
  points: number;
  /** Events of the indicator dated in, or ongoing during, the window; the weightiest first. */
  evidence: EvidenceItem[];
}

/** Evidence freshness as an e-mail tells it (method 2). */
export interface DigestFreshness {
  /** One sentence, e.g. "No new evidence for 189 days (last on 2026-05-28); 7 of 8 indicators stale …". */
  summary: string;
  /** "No new evidence for N days" across all indicators; null when there is none at all. */
  noNewEvidenceDays: number | null;
  lastNewEvidence: string | null;
  /** "7 of 8 indicators in the index". */
  coverage: string;
  /** Indicators that are not fresh, with how long nobody has added evidence. */
  notFresh: { name: string; state: 'stale' | 'unmonitored'; daysSinceEvidence: number | null }[];
}

/** The served index of one profile (or of a company footprint) as of its latest day, seen over a window of days. */
export interface IndexSummary {
  profileName: string;
  /**
   * Set when the e-mail reports a company footprint's index (the country indicators weighted by its
   * exposure) instead of the country index; the country index's value on the same day beside it.
   */
  company?: { footprintName: string; countryValue: number | null } | null;
  date: string;
  /** Null when no indicator is in the composite (every one unmonitored): there is no honest value. */
  value: number | null;
  band: string;
  bandLabel: string;
  /** Why value is null; null when there is a value. */
  noValueReason?: string | null;
  /** Evidence freshness on `date`; absent when not known (e.g. older previews). */
  freshness?: DigestFreshness | null;
  windowDays: number;
  /** Change over the window; null when the history does not reach back that far. */
  change: number | null;
  /** Changes over 1, 7 and 30 days. */
  changes: { days: number; points: number | null }[];
  movers: MoverItem[];
  bandActions: string[];
  /** In the order to act on them; `why` says why a footprint's ranking put one there. */
  indicatorActions: { name: string; score: number; actions: string[]; why?: string | null }[];
}

export interface EmailLinks {
  dashboard: string;
  /** Signed one-click link; null for test digests that belong to no subscription. */
  unsubscribe: string | null;
}

export interface DigestEmailModel {
  recipientName: string | null;
  cadence: Cadence;
  /** "week 48 of 2026" */
  periodLabel: string;
  summary: IndexSummary;
  newEvents: EvidenceItem[];
  /** How many new events there were (newEvents holds the first few). */
  newEventsTotal: number;
  /** The day new events are counted from. */
  since: string;
  /** Content-ID of the chart image, or null when it could not be drawn. */
  chartCid: string | null;
  links: EmailLinks;
  /** A test send: marked as such in the subject and at the top. */
  test: boolean;
  /** Failed connector syncs in the last 7 days, shown to admins only (null: not shown). */
  failedSyncs?: number | null;
}

export type AlertRule = 'band' | 'rise-day' | 'rise-week';

export interface AlertFacts {
  rule: AlertRule;
  /** Day of the index point that triggered it. */
  date: string;
  value: number;
  /** The value the change is measured from (yesterday, or seven days earlier). */
  previousValue: number;
  fromBand: string;
  toBand: string;
  /** The subscriber's threshold, for rise alerts. */
  threshold: number | null;
}

export interface AlertEmailModel {
  recipientName: string | null;
  alert: AlertFacts;
  summary: IndexSummary;
  chartCid: string | null;
  links: EmailLinks;
}

/** A rendered e-mail: what the subject, HTML and text parts say, and the images the HTML embeds. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  images: { cid: string; filename: string; content: Buffer }[];
}
