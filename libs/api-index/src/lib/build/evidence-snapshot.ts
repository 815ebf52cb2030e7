import { EventEntity, IndicatorEntity, IndicatorReviewEntity, ObservationEntity, selectRows } from '@kem/api-data';
import {
  curationReviews,
  METHOD_V1,
  METHOD_V2,
  scoredSeries,
  toEvidenceEvent,
  type Evidence,
  type EvidenceReview,
  type IndicatorCategory,
  type IndicatorDefinition,
  type MethodVersion,
  type StructuralObservation,
} from '@kem/scoring';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** First day of the materialised history: the curated evidence starts in 2014. */
export const HISTORY_START = '2014-01-01';

/** Curation reviews: one every week of the curated stretch (see curationReviews in @kem/scoring). */
export const CURATION_REVIEW_EVERY_DAYS = 7;

/**
 * How the curated history counts as review (published on the methodology page). The seeded history
 * was compiled after the fact by people who read the sources for every indicator, so each
 * indicator counts as reviewed from 2014 through its latest curated evidence (the latest date or
 * report day of its curated events) — and not a day further: after that nobody has looked until an
 * analyst adds evidence or records "reviewed — no change".
 */
export const CURATION_RULE =
  'The curated history counts as review of each indicator from 2014-01-01 through its latest curated evidence (the latest date or report day of its curated events), one review a week (curationReviews); nobody is assumed to have looked after that day. Analyst reviews ("reviewed — no change") and new evidence count from the day they are recorded.';

/** When and what an indicator was last looked at (evidence and reviews), for freshness views. */
export interface TouchLog {
  /** Evidence days of the indicator (event date, report day, observation date) with the day each became known. */
  readonly evidence: readonly { readonly day: string; readonly known: string }[];
  /** Reviews (analyst and curation), each with the day it became known and whether an analyst made it. */
  readonly reviews: readonly { readonly day: string; readonly known: string; readonly analyst: boolean }[];
  readonly curatedThrough: string | null;
}

export interface EvidenceSnapshot {
  /** Indicator definitions per method version, in display order (same keys). */
  readonly definitions: Readonly<Record<MethodVersion, IndicatorDefinition[]>>;
  readonly evidence: Readonly<Record<MethodVersion, Evidence>>;
  readonly touches: ReadonlyMap<string, TouchLog>;
  readonly names: Readonly<Record<string, string>>;
  /** Structural values with the day each was known to us (point-in-time scoring, method 2). */
  readonly structuralAsKnown: readonly StructuralObservation[];
}

/**
 * The definitions of method version 2: the published version-2 settings of a default indicator
 * (baseline, saturation, review interval, hold), with the stored name, category, description and
 * weight; an indicator an admin added keeps its stored method and has no baseline nor interval
 * (always fresh, as in version 1).
 */
export function definitionsV2(v1: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  return v1.map((d) => {
    const v2 = METHOD_V2.indicators.find((m) => m.key === d.key);
    return v2 ? { ...v2, name: d.name, category: d.category, defaultWeight: d.defaultWeight } : d;
  });
}

/** What the index is computed from, for both method versions. */
export async function loadEvidence(manager: EntityManager): Promise<EvidenceSnapshot> {
  const indicators = await manager.find(IndicatorEntity, { order: { position: 'ASC', key: 'ASC' } });
  const v1: IndicatorDefinition[] = indicators.map((i) => ({
    key: i.key,
    name: i.name,
    category: i.category as IndicatorCategory,
    description: i.description,
    method: i.method,
    defaultWeight: i.defaultWeight,
  }));
  const v2 = definitionsV2(v1);
  const known = new Set(v1.map((d) => d.key));
  // plain rows: with a hundred thousand events, building entities would cost seconds
  const events = (
    await selectRows(
      manager,
      EventEntity,
      ['id', 'indicatorKey', 'date', 'endDate', 'severity', 'stage', 'lifecycle', 'parentId', 'recordedAt', 'origin'],
      { status: 'published' },
    )
  ).filter((e) => known.has(e.indicatorKey));
  const observations = await manager.find(ObservationEntity, {
    select: { indicatorKey: true, series: true, date: true, value: true, period: true, vintage: true, recordedAt: true, origin: true },
  });
  const analystReviews = await manager.find(IndicatorReviewEntity, { select: { indicatorKey: true, reviewedOn: true, recordedAt: true } });

  const metricOf = (defs: IndicatorDefinition[]) => new Map(defs.map((d) => [d.key, scoredSeries(d)]));
  const metricV1 = metricOf(v1);
  const metricV2 = metricOf(v2);
  const baselineSeries = new Set(v2.flatMap((d) => d.baseline?.components.map((c) => c.series) ?? []));
  // A structural value is available from its publication day (vintage) or, without one, by the
  // component's publication rule — the history as best known today. As known on a past day it also
  // needs to have been recorded by then (the later of vintage and recordedAt).
  const baselineRows = observations.filter((o) => baselineSeries.has(o.series));
  const structural: StructuralObservation[] = baselineRows.map((o) => ({
    series: o.series,
    period: o.period ?? o.date.slice(0, 4),
    value: o.value,
    recordedAt: o.origin === 'curated' ? null : o.vintage,
  }));
  const structuralAsKnown: StructuralObservation[] = baselineRows.map((o, i) => {
    const days = [structural[i].recordedAt, o.recordedAt].filter((d): d is string => !!d).sort();
    return { ...structural[i], recordedAt: days.at(-1) ?? null };
  });

  // curation: each indicator reviewed through its latest curated evidence, and no further
  const curatedThrough = new Map<string, string>();
  for (const e of events) {
    if (e.origin !== 'curated') continue;
    const last = e.recordedAt && e.recordedAt > e.date ? e.recordedAt : e.date;
    if (last > (curatedThrough.get(e.indicatorKey) ?? '')) curatedThrough.set(e.indicatorKey, last);
  }
  const curation: EvidenceReview[] = [];
  for (const [key, through] of curatedThrough) {
    if (through >= HISTORY_START) curation.push(...curationReviews([key], HISTORY_START, through, CURATION_REVIEW_EVERY_DAYS));
  }
  const analyst: EvidenceReview[] = analystReviews
    .filter((r) => known.has(r.indicatorKey))
    .map((r) => ({ indicatorKey: r.indicatorKey, date: r.reviewedOn, recordedAt: r.recordedAt }));

  // built on first use: the index builder never reads them
  let logs: Map<string, { evidence: TouchLog['evidence']; reviews: TouchLog['reviews'] }> | null = null;
  const logOf = (key: string) => (logs ??= touchLogs(v1, events, observations, metricV2, curation, analyst)).get(key);
  const touches = new Map<string, TouchLog>(
    v1.map((d) => [
      d.key,
      {
        get evidence() {
          return logOf(d.key)?.evidence ?? [];
        },
        get reviews() {
          return logOf(d.key)?.reviews ?? [];
        },
        curatedThrough: curatedThrough.get(d.key) ?? null,
      },
    ]),
  );
  // method 1 reads none of the fields only method 2 reads (toEvidenceEvent): both share the events
  const evidenceEvents = events.map((e) => toEvidenceEvent(e, 2));

  return {
    definitions: { 1: v1, 2: v2 },
    evidence: {
      1: {
        events: evidenceEvents,
        observations: observations
          .filter((o) => metricV1.get(o.indicatorKey) === o.series)
          .map((o) => ({ indicatorKey: o.indicatorKey, date: o.date, value: o.value })),
      },
      2: {
        events: evidenceEvents,
        observations: observations
          .filter((o) => metricV2.get(o.indicatorKey) === o.series)
          .map((o) => ({ indicatorKey: o.indicatorKey, date: o.date, value: o.value, recordedAt: o.recordedAt })),
        reviews: [...curation, ...analyst],
        structural,
      },
    },
    touches,
    names: Object.fromEntries(v1.map((d) => [d.key, d.name])),
    structuralAsKnown,
  };
}

/** Each indicator's evidence and review days with the day each became known, by day. */
function touchLogs(
  definitions: readonly IndicatorDefinition[],
  events: readonly { indicatorKey: string; date: string; recordedAt: string | null }[],
  observations: readonly { indicatorKey: string; series: string; date: string; recordedAt: string | null }[],
  metricV2: ReadonlyMap<string, string | null>,
  curation: readonly EvidenceReview[],
  analyst: readonly EvidenceReview[],
): Map<string, { evidence: TouchLog['evidence']; reviews: TouchLog['reviews'] }> {
  const logs = new Map(
    definitions.map((d) => [
      d.key,
      { evidence: [] as { day: string; known: string }[], reviews: [] as { day: string; known: string; analyst: boolean }[] },
    ]),
  );
  for (const e of events) {
    const t = logs.get(e.indicatorKey);
    if (!t) continue;
    t.evidence.push({ day: e.date, known: e.recordedAt ?? e.date });
    if (e.recordedAt) t.evidence.push({ day: e.recordedAt, known: e.recordedAt });
  }
  for (const o of observations) {
    if (metricV2.get(o.indicatorKey) !== o.series) continue;
    logs.get(o.indicatorKey)?.evidence.push({ day: o.date, known: o.recordedAt ?? o.date });
  }
  for (const r of curation) logs.get(r.indicatorKey)?.reviews.push({ day: r.date, known: r.date, analyst: false });
  for (const r of analyst) logs.get(r.indicatorKey)?.reviews.push({ day: r.date, known: r.recordedAt ?? r.date, analyst: true });
  const byDay = (a: { day: string }, b: { day: string }) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);
  for (const t of logs.values()) {
    t.evidence.sort(byDay);
    t.reviews.sort(byDay);
  }
  return logs;
}

/** Changes whenever a deploy changes a method's parameters: stored scores of an older method are then stale. */
export const METHOD_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify([METHOD_V1, METHOD_V2, CURATION_REVIEW_EVERY_DAYS, HISTORY_START]))
  .digest('hex')
  .slice(0, 16);

/**
 * A cheap fingerprint of everything the scores depend on (rows, last change, last deletion per
 * table, the methods' parameters) and the last day scored: when it differs from the one a build
 * recorded, that build is stale.
 */
export async function evidenceRevision(manager: EntityManager, lastDay: string): Promise<string> {
  const parts: unknown[] = [METHOD_FINGERPRINT, lastDay];
  for (const table of ['evidence_event', 'observation']) {
    parts.push(await manager.query(`SELECT COUNT(*) AS n, MAX(updated_at) AS changed, MAX(deleted_at) AS deleted FROM ${table}`));
  }
  parts.push(await manager.query('SELECT COUNT(*) AS n, MAX(id) AS last FROM indicator_review'));
  parts.push(await manager.query('SELECT COUNT(*) AS n, MAX(updated_at) AS changed FROM indicator'));
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
