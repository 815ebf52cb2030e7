import { DEFAULT_INDICATORS, isIsoDay } from '@kem/scoring';
import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * Invariants of the curated history that ships as the embedded default (curated-events.json,
 * curated-observations.json). The checks are plain functions returning readable problems, so a
 * failure names the offending ref or row; the last block proves each check can actually fail.
 */

type Json = Record<string, unknown>;

const load = (file: string): Json[] => JSON.parse(readFileSync(join(__dirname, file), 'utf8'));
const events = load('curated-events.json');
const observations = load('curated-observations.json');

const EVENT_FIELDS = [
  'ref',
  'indicator',
  'date',
  'datePrecision',
  'endDate',
  'lifecycle',
  'parentRef',
  'title',
  'summary',
  'severity',
  'severityRationale',
  'stage',
  'sourceName',
  'sourceUrl',
  'reportedAt',
  'confidence',
].sort();
const OBSERVATION_FIELDS = ['indicator', 'series', 'date', 'value', 'unit', 'sourceName', 'sourceUrl', 'confidence', 'note'].sort();
const CONFIDENCE = ['high', 'medium', 'low'];
const PRECISIONS = ['day', 'month', 'year'];
const LIFECYCLES = ['ongoing', 'ended', 'unknown'];
const EARLIEST = '2014-01-01';
const SCORED_TRADE_SERIES = 'russia_trade_share';

const INDICATOR_KEYS = new Set(DEFAULT_INDICATORS.map((i) => i.key));
const STAGE_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  DEFAULT_INDICATORS.flatMap((i) => (i.method.kind === 'stage' ? [[i.key, new Set(i.method.stages.map((s) => s.key))] as const] : [])),
);

/** Today as YYYY-MM-DD in UTC (the product's calendar days are UTC). */
const today = (): string => new Date().toISOString().slice(0, 10);

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !url.hostname.endsWith('.');
  } catch {
    return false;
  }
}

const nonEmpty = (v: unknown, max = Infinity): boolean => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

function dayProblems(where: string, field: string, value: unknown, latest: string): string[] {
  if (!isIsoDay(value)) return [`${where}: ${field} ${JSON.stringify(value)} is not a YYYY-MM-DD calendar day`];
  if (value < EARLIEST || value > latest) return [`${where}: ${field} ${value} is outside ${EARLIEST}..${latest}`];
  return [];
}

/** Problems with the curated events; an empty list means the file is fit to seed. */
export function eventProblems(list: readonly Json[], latest = today()): string[] {
  const problems: string[] = [];
  const refs = new Set<string>();
  const slots = new Set<string>();
  let previousDate = '';
  list.forEach((e, i) => {
    const where = `event #${i} (${String(e['ref'])})`;
    const fields = Object.keys(e).sort();
    if (fields.join() !== EVENT_FIELDS.join()) problems.push(`${where}: fields ${fields.join(',')} differ from ${EVENT_FIELDS.join(',')}`);

    const ref = e['ref'];
    if (typeof ref !== 'string' || !/^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(ref) || ref.length > 100) {
      problems.push(`${where}: ref must be a date-prefixed lower-case slug of at most 100 characters`);
    } else if (refs.has(ref)) {
      problems.push(`${where}: duplicate ref`);
    } else {
      refs.add(ref);
    }

    const indicator = e['indicator'];
    if (typeof indicator !== 'string' || !INDICATOR_KEYS.has(indicator))
      problems.push(`${where}: unknown indicator ${JSON.stringify(indicator)}`);

    const date = e['date'];
    problems.push(...dayProblems(where, 'date', date, latest));
    const precision = e['datePrecision'];
    if (typeof precision !== 'string' || !PRECISIONS.includes(precision)) {
      problems.push(`${where}: datePrecision ${JSON.stringify(precision)} not in ${PRECISIONS.join('|')}`);
    } else if (isIsoDay(date) && typeof ref === 'string') {
      // The ref starts with the date as precisely as it is known; a year-only date is 1 January.
      const known = precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
      if (!ref.startsWith(`${known}-`) || (precision !== 'day' && /^\d{4}-\d{2}-\d{2}-/.test(ref))) {
        problems.push(`${where}: ref should start with ${known}- for a ${precision}-precision date`);
      }
      if (precision === 'year' && !date.endsWith('-01-01')) problems.push(`${where}: a year-precision date must be YYYY-01-01`);
    }
    if (isIsoDay(date)) {
      if (date < previousDate) problems.push(`${where}: not sorted by date (${date} after ${previousDate})`);
      previousDate = date;
    }

    const endDate = e['endDate'];
    if (endDate !== null) {
      problems.push(...dayProblems(where, 'endDate', endDate, latest));
      if (isIsoDay(endDate) && isIsoDay(date) && endDate < date) problems.push(`${where}: endDate ${endDate} before date ${date}`);
    }

    const lifecycle = e['lifecycle'];
    if (typeof lifecycle !== 'string' || !LIFECYCLES.includes(lifecycle)) {
      problems.push(`${where}: lifecycle ${JSON.stringify(lifecycle)} not in ${LIFECYCLES.join('|')}`);
    } else if (lifecycle === 'ongoing' && endDate !== null) {
      problems.push(`${where}: an ongoing event has no endDate yet (an end makes it ended)`);
    }

    const reportedAt = e['reportedAt'];
    if (reportedAt !== null) {
      problems.push(...dayProblems(where, 'reportedAt', reportedAt, latest));
      if (isIsoDay(reportedAt) && isIsoDay(date) && reportedAt < date)
        problems.push(`${where}: reportedAt ${reportedAt} before date ${date}`);
    }

    if (!nonEmpty(e['title'], 120)) problems.push(`${where}: title must be 1..120 characters`);
    if (!nonEmpty(e['summary'], 600)) problems.push(`${where}: summary must be 1..600 characters`);
    if (!nonEmpty(e['severityRationale'], 160)) problems.push(`${where}: severityRationale must be 1..160 characters`);
    if (!nonEmpty(e['sourceName'], 200)) problems.push(`${where}: sourceName missing`);

    const severity = e['severity'];
    if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 1 || severity > 5) {
      problems.push(`${where}: severity ${JSON.stringify(severity)} is not an integer 1..5`);
    }

    const stage = e['stage'];
    const stageKeys = typeof indicator === 'string' ? STAGE_KEYS.get(indicator) : undefined;
    if (stage !== null) {
      if (!stageKeys) problems.push(`${where}: stage ${JSON.stringify(stage)} on ${String(indicator)}, which is not scored by stage`);
      else if (typeof stage !== 'string' || !stageKeys.has(stage))
        problems.push(`${where}: stage ${JSON.stringify(stage)} not in ${[...stageKeys].join('|')}`);
    }

    const sourceUrl = e['sourceUrl'];
    if (!isHttpUrl(sourceUrl)) problems.push(`${where}: sourceUrl ${JSON.stringify(sourceUrl)} is not an http(s) URL`);
    if (typeof e['confidence'] !== 'string' || !CONFIDENCE.includes(e['confidence']))
      problems.push(`${where}: confidence ${JSON.stringify(e['confidence'])}`);

    const slot = `${String(indicator)}|${String(date)}|${String(sourceUrl)}`;
    if (slots.has(slot)) problems.push(`${where}: another event has the same indicator, date and sourceUrl`);
    slots.add(slot);
  });
  return [...problems, ...familyProblems(list)];
}

/**
 * Event families (method version 2): a follow-up's parentRef names an event of the same indicator,
 * dated the same day or earlier, that has no parent of its own (one level).
 */
export function familyProblems(list: readonly Json[]): string[] {
  const problems: string[] = [];
  const byRef = new Map(list.map((e) => [e['ref'], e]));
  list.forEach((e, i) => {
    const parentRef = e['parentRef'];
    if (parentRef === null) return;
    const where = `event #${i} (${String(e['ref'])})`;
    const parent = byRef.get(parentRef);
    if (typeof parentRef !== 'string' || parent === undefined)
      problems.push(`${where}: parentRef ${JSON.stringify(parentRef)} is no event in the file`);
    else if (parent === e) problems.push(`${where}: an event cannot be its own parent`);
    else {
      if (parent['indicator'] !== e['indicator'])
        problems.push(`${where}: parent ${parentRef} is on ${String(parent['indicator'])}, not ${String(e['indicator'])}`);
      if (String(parent['date']) > String(e['date'])) problems.push(`${where}: parent ${parentRef} is dated after its follow-up`);
      if (parent['parentRef'] !== null) problems.push(`${where}: parent ${parentRef} has a parent itself (families are one level)`);
    }
  });
  return problems;
}

/** Problems with the curated observations; an empty list means the file is fit to seed. */
export function observationProblems(list: readonly Json[], latest = today()): string[] {
  const problems: string[] = [];
  const slots = new Set<string>();
  const units = new Map<string, unknown>();
  list.forEach((o, i) => {
    const where = `observation #${i} (${String(o['series'])} ${String(o['date'])})`;
    const fields = Object.keys(o).sort();
    if (fields.join() !== OBSERVATION_FIELDS.join())
      problems.push(`${where}: fields ${fields.join(',')} differ from ${OBSERVATION_FIELDS.join(',')}`);
    const indicator = o['indicator'];
    if (typeof indicator !== 'string' || !INDICATOR_KEYS.has(indicator))
      problems.push(`${where}: unknown indicator ${JSON.stringify(indicator)}`);
    const series = o['series'];
    if (typeof series !== 'string' || !/^[a-z][a-z0-9_]{1,63}$/.test(series)) problems.push(`${where}: series must be a snake_case name`);
    problems.push(...dayProblems(where, 'date', o['date'], latest));

    const value = o['value'];
    const unit = o['unit'];
    if (typeof value !== 'number' || !Number.isFinite(value))
      problems.push(`${where}: value ${JSON.stringify(value)} is not a finite number`);
    else if ((unit === '%' || String(series).endsWith('_share')) && (value < 0 || value > 100))
      problems.push(`${where}: share ${value} outside 0..100`);
    else if (value < 0) problems.push(`${where}: negative value ${value}`);
    if (!nonEmpty(unit, 20)) problems.push(`${where}: unit must be 1..20 characters`);
    if (String(series).endsWith('_share') && unit !== '%') problems.push(`${where}: a *_share series must be in %`);
    const seriesKey = `${String(indicator)}|${String(series)}`;
    if (units.has(seriesKey) && units.get(seriesKey) !== unit) problems.push(`${where}: unit ${String(unit)} differs within the series`);
    units.set(seriesKey, unit);

    if (!nonEmpty(o['sourceName'], 200)) problems.push(`${where}: sourceName missing`);
    if (!isHttpUrl(o['sourceUrl'])) problems.push(`${where}: sourceUrl ${JSON.stringify(o['sourceUrl'])} is not an http(s) URL`);
    if (typeof o['confidence'] !== 'string' || !CONFIDENCE.includes(o['confidence']))
      problems.push(`${where}: confidence ${JSON.stringify(o['confidence'])}`);
    if (o['note'] !== null && !nonEmpty(o['note'])) problems.push(`${where}: note must be null or text`);

    // The database keeps one value per indicator, series and day.
    const slot = `${seriesKey}|${String(o['date'])}`;
    if (slots.has(slot)) problems.push(`${where}: duplicate indicator+series+date`);
    slots.add(slot);
  });
  return problems;
}

/** Default indicators with no evidence: an event, or for trade dependence a scored-series observation. */
export function uncoveredIndicators(eventList: readonly Json[], observationList: readonly Json[]): string[] {
  return DEFAULT_INDICATORS.map((i) => i.key).filter((key) => {
    if (key === 'trade_russia') {
      return !observationList.some((o) => o['indicator'] === key && o['series'] === SCORED_TRADE_SERIES);
    }
    return !eventList.some((e) => e['indicator'] === key);
  });
}

describe('curated history', () => {
  it('has at least 150 events, reaching into 2026', () => {
    expect(events.length).toBeGreaterThanOrEqual(150);
    expect(events.some((e) => String(e['date']) >= '2026-01-01')).toBe(true);
  });

  it('holds an outage open only where the latest source shows it continuing', () => {
    // The example: the CPC mooring wrecked on 2025-11-29 had not been replaced by the newest source (Jan 2026).
    const spm2 = events.find((e) => e['ref'] === '2025-11-29-cpc-spm2-naval-drone-attack') as Json;
    expect(spm2['lifecycle']).toBe('ongoing');
    const family = events.filter((e) => e['parentRef'] === spm2['ref']);
    expect(family.length).toBeGreaterThan(0);
    // An ended member dated on or after the latest ongoing one would close the family (scoring rule).
    const latestOngoing = [spm2, ...family]
      .filter((e) => e['lifecycle'] === 'ongoing')
      .map((e) => String(e['date']))
      .sort()
      .pop() as string;
    expect(family.filter((e) => e['lifecycle'] === 'ended' && String(e['date']) >= latestOngoing)).toEqual([]);
  });

  it('links the follow-ups version 1 entered at severity 1 to their family', () => {
    for (const ref of [
      '2022-01-15-unrest-toll-225',
      '2022-03-14-unrest-toll-230',
      '2022-01-13-csto-withdrawal-begins',
      '2022-08-23-cpc-two-month-repair',
    ]) {
      expect(events.find((e) => e['ref'] === ref)?.['parentRef']).not.toBeNull();
    }
  });

  it('covers every default indicator', () => {
    expect(DEFAULT_INDICATORS.length).toBeGreaterThan(0);
    expect(uncoveredIndicators(events, observations)).toEqual([]);
  });

  it('has well-formed, unique, sorted, cited events', () => {
    expect(eventProblems(events)).toEqual([]);
  });

  it('has well-formed, cited observations', () => {
    expect(observationProblems(observations)).toEqual([]);
  });

  it('sets a legislative stage on the foreign-agent indicator and nowhere else', () => {
    const staged = events.filter((e) => e['stage'] !== null);
    expect(staged.length).toBeGreaterThan(0);
    expect(new Set(staged.map((e) => e['indicator']))).toEqual(new Set(['foreign_agent']));
  });

  it('scores trade dependence from shares in % on the goalpost scale', () => {
    const shares = observations.filter((o) => o['indicator'] === 'trade_russia' && o['series'] === SCORED_TRADE_SERIES);
    expect(shares.length).toBeGreaterThan(0);
    for (const o of shares) expect(o['unit']).toBe('%');
  });
});

describe('the curated-data checks reject bad data', () => {
  const good = (): Json => ({ ...(events.find((e) => e['ref'] === '2014-08-29-putin-no-statehood') as Json) });
  const goodObs = (): Json => ({ ...observations.find((o) => o['series'] === SCORED_TRADE_SERIES) });

  it('accepts a valid event and observation', () => {
    expect(eventProblems([good()])).toEqual([]);
    expect(observationProblems([goodObs()])).toEqual([]);
  });

  it.each<[string, Partial<Json>]>([
    ['an impossible date', { date: '2023-02-29' }],
    ['a date before 2014', { date: '2013-12-31', ref: '2013-12-31-x' }],
    ['a future date', { date: '2999-01-01', ref: '2999-01-01-x' }],
    ['an end before the start', { endDate: '2014-08-01' }],
    ['severity 0', { severity: 0 }],
    ['severity 2.5', { severity: 2.5 }],
    ['severity 6', { severity: 6 }],
    ['a stage on an event-pressure indicator', { stage: 'proposed' }],
    ['an unknown indicator', { indicator: 'weather' }],
    ['an unknown confidence', { confidence: 'certain' }],
    ['a non-http URL', { sourceUrl: 'ftp://example.org/x' }],
    ['a URL without a host', { sourceUrl: 'https://localhost/x' }],
    ['not a URL', { sourceUrl: 'see RFE/RL' }],
    ['a long title', { title: 'x'.repeat(121) }],
    ['an unknown precision', { datePrecision: 'week' }],
    ['a year precision not on 1 January', { datePrecision: 'year', date: '2014-08-29', ref: '2014-x' }],
    ['a ref not matching the date', { ref: '2015-08-29-x' }],
    ['an extra field', { extra: 1 }],
    ['an unknown lifecycle', { lifecycle: 'paused' }],
    ['an ongoing event with an end date', { lifecycle: 'ongoing', endDate: '2014-09-30' }],
    ['a report before the event', { reportedAt: '2014-08-28' }],
    ['a report that is no day', { reportedAt: '2014-08' }],
    ['a parent that is not in the file', { parentRef: '2014-08-28-nothing' }],
  ])('rejects %s', (_label, patch) => {
    expect(eventProblems([{ ...good(), ...patch }])).not.toEqual([]);
  });

  it('rejects a parent on another indicator, a later parent and a parent with a parent', () => {
    const parent = { ...good(), ref: '2014-08-29-a', parentRef: null };
    const child = { ...good(), ref: '2014-08-30-b', date: '2014-08-30', parentRef: '2014-08-29-a' };
    expect(familyProblems([parent, child])).toEqual([]);
    expect(familyProblems([{ ...parent, indicator: 'csto_military' }, child])).toEqual([expect.stringContaining('is on csto_military')]);
    expect(familyProblems([{ ...parent, date: '2014-08-31' }, child])).toEqual([expect.stringContaining('dated after')]);
    const grandchild = { ...good(), ref: '2014-08-31-c', date: '2014-08-31', parentRef: '2014-08-30-b' };
    expect(familyProblems([parent, child, grandchild])).toEqual([expect.stringContaining('one level')]);
    expect(familyProblems([{ ...parent, parentRef: '2014-08-29-a' }])).toEqual([expect.stringContaining('own parent')]);
  });

  it('rejects a missing field', () => {
    const e = good();
    delete e['severityRationale'];
    expect(eventProblems([e])).not.toEqual([]);
  });

  it('rejects an unknown legislative stage', () => {
    const e = events.find((x) => x['indicator'] === 'foreign_agent' && x['stage'] !== null) as Json;
    expect(eventProblems([e])).toEqual([]);
    expect(eventProblems([{ ...e, stage: 'signed' }])).not.toEqual([]);
  });

  it('rejects duplicate refs, duplicate indicator+date+source and unsorted dates', () => {
    const a = good();
    expect(eventProblems([a, { ...a }])).toEqual(expect.arrayContaining([expect.stringContaining('duplicate ref')]));
    expect(eventProblems([a, { ...a, ref: `${String(a['ref'])}-bis` }])).toEqual([
      expect.stringContaining('same indicator, date and sourceUrl'),
    ]);
    const later = events.find((e) => String(e['date']) > String(a['date']) && e['datePrecision'] === 'day') as Json;
    expect(eventProblems([later, a])).toEqual([expect.stringContaining('not sorted')]);
  });

  it.each<[string, Partial<Json>]>([
    ['a share above 100', { value: 140 }],
    ['a negative share', { value: -1 }],
    ['an infinite value', { value: Number.POSITIVE_INFINITY }],
    ['a value given as text', { value: '18.6' }],
    ['an invalid date', { date: '2023-09-31' }],
    ['a bad URL', { sourceUrl: 'intellinews.com' }],
    ['a share not in %', { unit: 'USD bn' }],
  ])('rejects an observation with %s', (_label, patch) => {
    expect(observationProblems([{ ...goodObs(), ...patch }])).not.toEqual([]);
  });

  it('rejects two observations of one series on one day', () => {
    expect(observationProblems([goodObs(), goodObs()])).toEqual([expect.stringContaining('duplicate')]);
  });

  it('reports an indicator without evidence', () => {
    expect(
      uncoveredIndicators(
        events.filter((e) => e['indicator'] !== 'cpc_pipeline'),
        observations,
      ),
    ).toEqual(['cpc_pipeline']);
    expect(
      uncoveredIndicators(
        events,
        observations.filter((o) => o['series'] !== SCORED_TRADE_SERIES),
      ),
    ).toEqual(['trade_russia']);
  });
});
