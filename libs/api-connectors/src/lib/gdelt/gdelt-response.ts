import type { FetchWindow, ObservationRecord } from '../model/connector';
import { SourceFormatError, SourceThrottledError } from '../model/errors';
import type { GdeltQuery } from '../settings/connector-settings';
import { isoDayOf } from '@kem/scoring';
import { inWindow } from '../util/fetch-window';
import { htmlToText } from '../util/html-text';
import { excerpt, isFiniteNumber, isRecord, requireSuccess, type SourceResponse } from '../util/response-body';

export const GDELT_SOURCE_NAME = 'GDELT DOC 2.0';
/** timelinevol values are the share of all articles GDELT monitored that day. */
export const GDELT_VOLUME_UNIT = '% of monitored articles';

/**
 * True for GDELT's throttling answer: "Please limit requests to one every 5 seconds…", which it
 * may send with HTTP 200. Any other plain-text (non-JSON, non-HTML) body is treated the same way,
 * as data-sources.md advises; an HTML body is an invalid-query message instead.
 */
export function isGdeltThrottleAnswer(response: SourceResponse): boolean {
  if (response.status < 200 || response.status > 299) return false;
  const text = response.body.trim();
  if (/limit requests|one every \d+ seconds/i.test(text)) return true;
  if (text === '' || /^[[{]/.test(text)) return false;
  return /^text\/plain/i.test(response.contentType);
}

/** Result of parsing one timelinevol answer. */
export interface GdeltTimelineResult {
  readonly observations: ObservationRecord[];
  readonly warnings: string[];
}

/**
 * Parses a timelinevol answer into daily observations of the query's series, strictly: every
 * point must have a `YYYYMMDDThhmmssZ` date and a finite value ≥ 0, or the whole answer is a
 * `SourceFormatError`. Sub-daily points are averaged per day; points outside the window dropped.
 */
export function parseGdeltTimeline(response: SourceResponse, query: GdeltQuery, window: FetchWindow): GdeltTimelineResult {
  requireSuccess('gdelt', response);
  const text = response.body.trim();
  if (isGdeltThrottleAnswer(response)) {
    throw new SourceThrottledError('gdelt', response.url, `"${excerpt(text, 160)}"`, 1, null);
  }
  if (text === '') throw new SourceFormatError('gdelt', response.url, `empty body with HTTP ${response.status}`);
  if (!/^[[{]/.test(text)) {
    // GDELT reports an invalid query as a text/html body holding just the message.
    throw new SourceFormatError('gdelt', response.url, `GDELT rejected the query: "${excerpt(htmlToText(text))}"`, excerpt(text));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceFormatError('gdelt', response.url, `malformed JSON (${(error as Error).message})`, excerpt(text));
  }
  const fail = (reason: string): never => {
    throw new SourceFormatError('gdelt', response.url, reason, excerpt(text));
  };
  if (!isRecord(json) || !Array.isArray(json['timeline'])) return fail('expected an object with a "timeline" array');
  const resolution = isRecord(json['query_details']) ? json['query_details']['date_resolution'] : undefined;
  if (typeof resolution === 'string' && /week|month|year/i.test(resolution)) {
    return fail(`timeline resolution is "${resolution}", coarser than a day; fetch shorter windows`);
  }
  const timeline = json['timeline'];
  if (timeline.length === 0) return { observations: [], warnings: ['no articles matched the query'] };
  const first = timeline[0];
  if (!isRecord(first) || !Array.isArray(first['data'])) return fail('timeline[0] has no "data" array');

  const perDay = new Map<string, number[]>();
  for (const [i, point] of first['data'].entries()) {
    if (!isRecord(point)) return fail(`timeline[0].data[${i}] is not an object`);
    const day = gdeltDay(point['date']);
    if (day === null) return fail(`timeline[0].data[${i}].date ${JSON.stringify(point['date'])} is not YYYYMMDDThhmmssZ`);
    const value = point['value'];
    if (!isFiniteNumber(value) || value < 0) return fail(`timeline[0].data[${i}].value ${JSON.stringify(value)} is not a number ≥ 0`);
    if (!inWindow(day, window)) continue;
    const values = perDay.get(day) ?? [];
    values.push(value);
    perDay.set(day, values);
  }

  const warnings: string[] = [];
  if ([...perDay.values()].some((values) => values.length > 1)) warnings.push('sub-daily points averaged per day');
  const observations = [...perDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([date, values]): ObservationRecord => ({
        indicatorKey: query.indicatorKey,
        series: query.series,
        date,
        value: values.length === 1 ? values[0] : round(values.reduce((sum, v) => sum + v, 0) / values.length, 6),
        unit: GDELT_VOLUME_UNIT,
        sourceName: GDELT_SOURCE_NAME,
        sourceUrl: response.url,
      }),
    );
  return { observations, warnings };
}

function gdeltDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match || Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6]) > 59) return null;
  return isoDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
