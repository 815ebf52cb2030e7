import { isFiniteNumber, isRecord, readJsonAnswer, requireSuccess, type SourceResponse } from '../util/response-body';

/** One parsed page of a World Bank indicator answer. */
export interface WorldBankPage {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  /** Annual rows; `value` null where the World Bank has no figure for the year. */
  readonly rows: readonly { readonly year: number; readonly value: number | null }[];
}

/**
 * Parses one page of `/country/{ISO3}/indicator/{ID}?format=json` strictly: a two-element array
 * [metadata, rows]. The error form `[{"message":[{id,key,value}]}]`, markup, or rows for another
 * indicator or country are a `SourceFormatError`. Rows may be null when there is no data at all.
 */
export function parseWorldBankPage(response: SourceResponse, indicatorId: string, countryCode: string): WorldBankPage {
  const { json, fail } = readJsonAnswer('worldbank', response);
  const head: unknown = Array.isArray(json) ? json[0] : undefined;
  if (isRecord(head) && Array.isArray(head['message'])) {
    const messages = head['message'].map((m) =>
      isRecord(m) ? [m['id'], m['key'], m['value']].filter((p) => p !== undefined && p !== '').join(' ') : String(m),
    );
    return fail(`World Bank error: ${messages.join('; ') || 'no message'}`);
  }
  requireSuccess('worldbank', response);
  if (!Array.isArray(json)) return fail('expected a JSON array');
  if (json.length !== 2 || !isRecord(head)) return fail('expected [metadata, rows]');
  const page = count(head['page']);
  const pages = count(head['pages']);
  const total = count(head['total']);
  if (page === null || pages === null || total === null) return fail('metadata lacks numeric page, pages and total');

  const rawRows: unknown = json[1];
  if (rawRows === null) return { page, pages, total, rows: [] };
  if (!Array.isArray(rawRows)) return fail('rows are neither an array nor null');
  const rows = rawRows.map((row: unknown, i) => {
    if (!isRecord(row)) return fail(`row ${i} is not an object`);
    const indicator = isRecord(row['indicator']) ? row['indicator']['id'] : undefined;
    if (typeof indicator !== 'string' || indicator.toUpperCase() !== indicatorId.toUpperCase()) {
      return fail(`row ${i} is for indicator ${JSON.stringify(indicator)}, not ${indicatorId}`);
    }
    if (row['countryiso3code'] !== countryCode)
      return fail(`row ${i} is for country ${JSON.stringify(row['countryiso3code'])}, not ${countryCode}`);
    const date = row['date'];
    if (typeof date !== 'string' || !/^\d{4}$/.test(date)) return fail(`row ${i} date ${JSON.stringify(date)} is not an annual YYYY`);
    const value = row['value'];
    if (value !== null && !isFiniteNumber(value)) return fail(`row ${i} value ${JSON.stringify(value)} is neither a number nor null`);
    return { year: Number(date), value };
  });
  return { page, pages, total, rows };
}

/** The World Bank writes some metadata numbers as strings ("per_page":"50"). */
function count(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}
