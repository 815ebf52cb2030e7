/**
 * Loads the evidence the validation scores: curated events and observations, the researchers'
 * additions (research/*.json: same shape plus status, parentRef, reportedAt), the structural series
 * and the external ratings. Rows that do not fit are skipped and reported, never silently changed.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isIsoDay, type EventStatus, type EvidenceEvent, type Observation, type StructuralObservation } from '../../libs/scoring/src';

export const CURATED_DIR = join(__dirname, '../../libs/api-evidence/src/lib/curated');

interface RawEvent {
  ref?: string;
  indicator?: string;
  date?: string;
  endDate?: string | null;
  severity?: number;
  stage?: string | null;
  status?: string | null;
  /** curated-events.json names the status `lifecycle` (the events table's column); research files used `status`. */
  lifecycle?: string | null;
  parentRef?: string | null;
  reportedAt?: string | null;
  confidence?: string;
  title?: string;
}

export interface LoadedEvent extends EvidenceEvent {
  readonly source: string;
  readonly title: string;
  readonly confidence: string;
}

function lifecycleOf(raw: RawEvent): EventStatus | null {
  const value = raw.lifecycle ?? raw.status ?? null;
  return value && STATUSES.has(value) ? (value as EventStatus) : null;
}

export interface LoadedData {
  readonly events: LoadedEvent[];
  readonly observations: Observation[];
  readonly structural: StructuralObservation[];
  readonly ratings: ExternalRating[];
  readonly files: string[];
  readonly skipped: string[];
}

export interface ExternalRating {
  readonly date: string;
  readonly rater: string;
  readonly measure: string;
  readonly value: string;
}

const STATUSES = new Set(['ongoing', 'ended', 'unknown']);

function toEvent(raw: RawEvent, source: string, skipped: string[]): LoadedEvent | null {
  const where = `${source}: ${raw.ref ?? '(no ref)'}`;
  if (typeof raw.ref !== 'string' || raw.ref === '' || typeof raw.indicator !== 'string')
    return skip(skipped, where, 'no ref or indicator');
  if (!isIsoDay(raw.date)) return skip(skipped, where, `bad date ${String(raw.date)}`);
  if (!Number.isInteger(raw.severity) || (raw.severity as number) < 1 || (raw.severity as number) > 5)
    return skip(skipped, where, 'bad severity');
  if (raw.endDate && (!isIsoDay(raw.endDate) || raw.endDate < raw.date)) return skip(skipped, where, `bad endDate ${raw.endDate}`);
  const reported = raw.reportedAt && isIsoDay(raw.reportedAt) ? raw.reportedAt : null;
  return {
    id: raw.ref,
    indicatorKey: raw.indicator,
    date: raw.date,
    endDate: raw.endDate ?? null,
    severity: raw.severity as number,
    stage: raw.stage ?? null,
    status: lifecycleOf(raw),
    parentId: raw.parentRef ?? null,
    // an event cannot be known before it happened: a reportedAt before the date is read as the date
    recordedAt: reported !== null && reported > raw.date ? reported : null,
    source,
    title: raw.title ?? '',
    confidence: raw.confidence ?? '',
  };
}

function skip(skipped: string[], where: string, why: string): null {
  skipped.push(`${where}: ${why}`);
  return null;
}

function readJsonList(path: string): RawEvent[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (Array.isArray(data)) return data as RawEvent[];
  const events = (data as { events?: unknown }).events;
  return Array.isArray(events) ? (events as RawEvent[]) : [];
}

/** Reads everything from `dir` (the curated folder). */
export function loadData(dir: string = CURATED_DIR): LoadedData {
  const skipped: string[] = [];
  const files = ['curated-events.json'];
  const byKey = new Map<string, LoadedEvent>();
  const add = (e: LoadedEvent | null) => {
    if (e !== null) byKey.set(`${e.indicatorKey}|${String(e.id)}`, e); // a research row replaces a curated row with the same ref and indicator
  };
  for (const raw of readJsonList(join(dir, 'curated-events.json'))) add(toEvent(raw, 'curated', skipped));
  const researchDir = join(dir, 'research');
  if (existsSync(researchDir)) {
    for (const name of readdirSync(researchDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      files.push(`research/${name}`);
      try {
        for (const raw of readJsonList(join(researchDir, name))) add(toEvent(raw, `research/${name}`, skipped));
      } catch (error) {
        skipped.push(`research/${name}: unreadable (${(error as Error).message})`);
      }
    }
  }
  const observations = (
    JSON.parse(readFileSync(join(dir, 'curated-observations.json'), 'utf8')) as {
      indicator: string;
      series: string;
      date: string;
      value: number;
    }[]
  )
    .filter((o) => o.series === 'russia_trade_share')
    .map((o): Observation => ({ indicatorKey: o.indicator, date: o.date, value: o.value }));
  const structuralRows = parse(readFileSync(join(dir, 'structural/kz-structural.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const structural = structuralRows
    .map((r): StructuralObservation => ({ series: r['series'], period: r['period'], value: Number(r['value']) }))
    .filter((o) => Number.isFinite(o.value));
  const ratingRows = parse(readFileSync(join(dir, 'structural/external-ratings.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const ratings = ratingRows.map((r) => ({ date: r['date'], rater: r['rater'], measure: r['measure'], value: r['value'] }));
  return { events: [...byKey.values()], observations, structural, ratings, files, skipped };
}
