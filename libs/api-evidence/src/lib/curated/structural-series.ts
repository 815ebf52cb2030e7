import type { ObservationInput } from '@kem/contracts';
import { dayNumberOf, daysInMonth, formatDay, isoDayOf } from '@kem/scoring';
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The structural series of methodology version 2 (kz-structural.csv, copied unchanged from
 * shared/data): one value per series and period, stored as curated observations under the indicator
 * each series serves. `baseline` series feed an indicator's structural baseline (the scorer reads them
 * by series name, so a proxy such as WGI political stability serves three indicators from one row);
 * `context` series are shown beside it and scored nowhere.
 */
export type StructuralRole = 'baseline' | 'context';

export interface StructuralSeriesInfo {
  indicator: string;
  role: StructuralRole;
}

const wgi = (dimension: string, info: StructuralSeriesInfo): Record<string, StructuralSeriesInfo> => ({
  [`wgi_${dimension}_estimate`]: info,
  [`wgi_${dimension}_percentile`]: { ...info, role: 'context' },
});

/** Where each series is stored, and whether a baseline uses it (see the curated README). */
export const STRUCTURAL_SERIES: Readonly<Record<string, StructuralSeriesInfo>> = {
  fh_civil_liberties: { indicator: 'civil_liberties', role: 'baseline' },
  fh_political_rights: { indicator: 'civil_liberties', role: 'context' },
  fh_total: { indicator: 'civil_liberties', role: 'context' },
  rsf_rank: { indicator: 'civil_liberties', role: 'baseline' },
  rsf_score_old_method: { indicator: 'civil_liberties', role: 'context' },
  ...wgi('pv', { indicator: 'internal_unrest', role: 'baseline' }),
  ...wgi('va', { indicator: 'foreign_agent', role: 'baseline' }),
  ...wgi('rl', { indicator: 'civil_liberties', role: 'context' }),
  ...wgi('ge', { indicator: 'internal_unrest', role: 'context' }),
  ...wgi('cc', { indicator: 'internal_unrest', role: 'context' }),
  ...wgi('rq', { indicator: 'trade_russia', role: 'context' }),
  vdem_electoral_democracy: { indicator: 'foreign_agent', role: 'context' },
  cpc_share_of_crude_exports: { indicator: 'cpc_pipeline', role: 'baseline' },
  cpc_total_throughput: { indicator: 'cpc_pipeline', role: 'context' },
  non_russian_crude_export_routes: { indicator: 'cpc_pipeline', role: 'context' },
  russia_share_of_imports: { indicator: 'trade_russia', role: 'baseline' },
  russia_share_of_turnover: { indicator: 'trade_russia', role: 'context' },
  russia_trade_turnover: { indicator: 'trade_russia', role: 'context' },
  electricity_imports_from_russia: { indicator: 'infrastructure', role: 'baseline' },
  electricity_imports_from_russia_plan: { indicator: 'infrastructure', role: 'context' },
  russian_gas_transit_via_kazakhstan: { indicator: 'infrastructure', role: 'baseline' },
};

/**
 * One structural value as it is stored: an observation whose period is 'YYYY' or 'YYYY-MM' (January to
 * that month) exactly as in the CSV, dated the period's last day, with the day the figure was
 * published as its vintage when the cited page carries it (else null).
 */
export type StructuralObservation = Required<ObservationInput> & { period: string };

export const STRUCTURAL_COLUMNS = ['series', 'period', 'value', 'unit', 'source_name', 'source_url', 'notes'] as const;
const UNIT_MAX = 60;

export class StructuralCsvError extends Error {}

const lastDayOf = (period: string): string => {
  const [y, m] = period.length === 4 ? [Number(period), 12] : [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  return formatDay(dayNumberOf(y, m, daysInMonth(y, m)));
};

/** A full day in the cited page's address (…/2026/02/26/…, …20260226…), when there is one. */
export function publicationDayOf(url: string): string | null {
  const match = /(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  if (!match) return null;
  return isoDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Parses kz-structural.csv into observations; any malformed line makes the whole file fail with its
 * line number. Confidence: low where the notes say "LOW confidence", medium for derived figures,
 * else high. A unit longer than the database column keeps its head and moves the rest to the note.
 */
export function parseStructuralCsv(text: string): StructuralObservation[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const problems: string[] = [];
  const rows: StructuralObservation[] = [];
  for (const { record, info } of records) {
    const where = `line ${info.lines}`;
    const missing = STRUCTURAL_COLUMNS.filter((c) => !(c in record));
    if (missing.length > 0) {
      problems.push(`${where}: missing column(s) ${missing.join(', ')}`);
      continue;
    }
    const target = STRUCTURAL_SERIES[record['series']];
    if (!target) problems.push(`${where}: series ${JSON.stringify(record['series'])} has no indicator (add it to STRUCTURAL_SERIES)`);
    const period = record['period'];
    if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period)) problems.push(`${where}: period ${JSON.stringify(period)} is not YYYY or YYYY-MM`);
    const value = Number(record['value']);
    if (record['value'] === '' || !Number.isFinite(value))
      problems.push(`${where}: value ${JSON.stringify(record['value'])} is not a number`);
    if (!target || problems.length > 0) continue;

    const notes = record['notes'] === '' ? [] : [record['notes']];
    let unit = record['unit'];
    if (unit.length > UNIT_MAX) {
      const head = unit.split(' (')[0];
      notes.unshift(`unit: ${unit}`);
      unit = head.length <= UNIT_MAX ? head : unit.slice(0, UNIT_MAX);
    }
    const lowered = record['notes'].toLowerCase();
    rows.push({
      indicatorKey: target.indicator,
      series: record['series'],
      period,
      date: lastDayOf(period),
      value,
      unit,
      sourceName: record['source_name'],
      sourceUrl: record['source_url'],
      vintage: publicationDayOf(record['source_url']),
      confidence: lowered.includes('low confidence') ? 'low' : /\bderived\b/.test(lowered) ? 'medium' : 'high',
      note: notes.length > 0 ? notes.join('; ') : null,
    });
  }
  if (problems.length > 0) throw new StructuralCsvError(`kz-structural.csv: ${problems.join('; ')}`);
  return rows;
}

export const STRUCTURAL_CSV_FILE = 'kz-structural.csv';

/**
 * Where the CSV is: beside this file in the sources (tests, ts-node), or in the API bundle's
 * `curated/` folder (copied there as a build asset).
 */
export function structuralCsvPath(): string {
  const candidates = [join(__dirname, 'structural', STRUCTURAL_CSV_FILE), join(__dirname, 'curated', STRUCTURAL_CSV_FILE)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new StructuralCsvError(`${STRUCTURAL_CSV_FILE} not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function loadStructuralObservations(path = structuralCsvPath()): StructuralObservation[] {
  return parseStructuralCsv(readFileSync(path, 'utf8'));
}
