import { isFiniteNumber, isRecord, readJsonAnswer, requireSuccess, type SourceResponse } from '../util/response-body';

/** One annual total-trade value: reporter → partner, imports (M) or exports (X), in USD. */
export interface ComtradeFlow {
  readonly year: number;
  readonly partnerCode: number;
  readonly flowCode: 'M' | 'X';
  readonly primaryValue: number;
}

/** What the request asked for; anything else in the answer is a format error. */
export interface ComtradeExpectation {
  readonly reporterCode: number;
  readonly partnerCodes: readonly number[];
  readonly years: readonly number[];
}

/** Parsed answer: the flows plus notes about rows left out. */
export interface ComtradeParseResult {
  readonly flows: ComtradeFlow[];
  readonly warnings: string[];
}

/** The preview endpoint returns at most this many rows; reaching it means the answer may be cut. */
export const COMTRADE_PREVIEW_ROW_CAP = 500;

/**
 * Parses a Comtrade v1 answer `{count, data:[…]}` strictly. Comtrade's error JSON
 * `{statusCode, message}` (whatever the HTTP status) and a non-empty `error` field are a
 * `SourceFormatError` with Comtrade's message. Breakdown rows (partner2, mode of transport or
 * customs procedure other than the total) are left out so nothing is counted twice; duplicate
 * totals, unrequested partners, flows or years, and negative or missing values are format errors.
 */
export function parseComtradeResponse(response: SourceResponse, expected: ComtradeExpectation): ComtradeParseResult {
  const { json, fail } = readJsonAnswer('comtrade', response);
  if (!isRecord(json)) return fail('expected a JSON object');
  if ('statusCode' in json && 'message' in json && !Array.isArray(json['data'])) {
    return fail(`Comtrade error ${String(json['statusCode'])}: ${String(json['message'])}`);
  }
  if (typeof json['error'] === 'string' && json['error'].trim() !== '') return fail(`Comtrade error: ${json['error']}`);
  requireSuccess('comtrade', response);
  const data = json['data'];
  if (!Array.isArray(data)) return fail('no "data" array');

  const flows: ComtradeFlow[] = [];
  const seen = new Set<string>();
  let breakdownRows = 0;
  for (const [i, row] of data.entries()) {
    if (!isRecord(row)) return fail(`data[${i}] is not an object`);
    if (!isTotalRow(row)) {
      breakdownRows++;
      continue;
    }
    if (row['reporterCode'] !== expected.reporterCode)
      return fail(`data[${i}] reporter ${JSON.stringify(row['reporterCode'])} was not requested`);
    const partnerCode = row['partnerCode'];
    if (typeof partnerCode !== 'number' || !expected.partnerCodes.includes(partnerCode))
      return fail(`data[${i}] partner ${JSON.stringify(partnerCode)} was not requested`);
    const flowCode = row['flowCode'];
    if (flowCode !== 'M' && flowCode !== 'X') return fail(`data[${i}] flow ${JSON.stringify(flowCode)} was not requested`);
    if (row['cmdCode'] !== 'TOTAL') return fail(`data[${i}] commodity ${JSON.stringify(row['cmdCode'])} is not TOTAL`);
    const year = yearOf(row);
    if (year === null || !expected.years.includes(year))
      return fail(`data[${i}] period ${JSON.stringify(row['period'] ?? row['refYear'])} was not requested`);
    const primaryValue = row['primaryValue'];
    if (!isFiniteNumber(primaryValue) || primaryValue < 0)
      return fail(`data[${i}] primaryValue ${JSON.stringify(primaryValue)} is not a number ≥ 0`);
    const id = `${year}/${partnerCode}/${flowCode}`;
    if (seen.has(id)) return fail(`data[${i}] repeats ${id}`);
    seen.add(id);
    flows.push({ year, partnerCode, flowCode, primaryValue });
  }

  const warnings: string[] = [];
  if (breakdownRows > 0) warnings.push(`${breakdownRows} breakdown row(s) (partner2, transport mode or customs procedure) left out`);
  if (data.length >= COMTRADE_PREVIEW_ROW_CAP) warnings.push(`answer has ${data.length} rows, the preview cap: some years may be missing`);
  return { flows, warnings };
}

/** A total row: no second partner, every mode of transport, every customs procedure (absent = total). */
function isTotalRow(row: Record<string, unknown>): boolean {
  const partner2 = row['partner2Code'];
  const mot = row['motCode'];
  const customs = row['customsCode'];
  return (partner2 === undefined || partner2 === 0) && (mot === undefined || mot === 0) && (customs === undefined || customs === 'C00');
}

function yearOf(row: Record<string, unknown>): number | null {
  const refYear = row['refYear'];
  if (typeof refYear === 'number' && Number.isInteger(refYear)) return refYear;
  const period = row['period'];
  if (typeof period === 'string' && /^\d{4}$/.test(period)) return Number(period);
  if (typeof period === 'number' && Number.isInteger(period)) return period;
  return null;
}
