// the curated history is read as `npm run validate` reads it: tools/validation is its one loader (not a project)
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadData, type LoadedEvent } from '../../../../../tools/validation/load-data';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { curationReviewsOf } from '../../../../../tools/validation/score-methods';
import { DEFAULT_BAND_SCALE } from '../bands/band-scale';
import { computeIndex } from '../composite/composite-index';
import { defaultWeights } from '../composite/weights';
import { addDays } from '../dates/calendar-day';
import { METHOD_V2 } from '../defaults/methods';
import { FRESH, STALE, UNMONITORED } from '../freshness/freshness';
import type { Evidence } from '../model/evidence';
import { prepareEvidenceV2, type PreparedEvidenceV2 } from './prepare-v2';
import { scorePreparedV2 } from './score-v2';

/**
 * Issue #11: over the curated history (as `npm run validate` scores it: curation reviews through
 * each indicator's latest curated evidence), one more severity-3 crisis on any indicator never
 * lowers the default composite (default weights, the method's λ) and raises it within 7 days of its
 * date — fresh, stale (its decay paused, so the event adds to the level held) or unmonitored
 * before — while a severity-1 report ("a signal with no direct effect") moves it by less than 3
 * points either way, a sixth of a band's 20, so it changes the band only where the index sits that
 * close to a boundary. (Either way: on an unmonitored indicator the report brings it back into the
 * composite, at its own level, which may be below the others'.)
 * Sample: one event per indicator per quarter 2014–2026, plus three late-2026 days on which the
 * indicators are stale or unmonitored.
 */
const data = loadData();
const definitions = METHOD_V2.indicators;
const evidence: Evidence = {
  events: data.events,
  observations: data.observations,
  reviews: curationReviewsOf(data, '2014-01-01').reviews,
  structural: data.structural,
};
/** Everything curated is known: the index as published at the end of 2026. */
const AS_OF = '2026-12-31';
const prepared = prepareEvidenceV2(definitions, evidence, { asOf: AS_OF });
const DAYS = [
  ...Array.from({ length: 13 }, (_, y) => ['01', '04', '07', '10'].map((m) => `${2014 + y}-${m}-10`)).flat(),
  '2026-11-10',
  '2026-11-20',
  '2026-11-26',
];
const WINDOW = 7;

interface Case {
  readonly key: string;
  readonly date: string;
  /** Freshness of the indicator on `date` without the added event. */
  readonly before: number;
  /** Index with the severity-3 event minus without, on date … date + 7. */
  readonly effect: readonly number[];
  /** Index with a severity-1 report minus without, on date … date + 7. */
  readonly reportEffect: readonly number[];
}

function defaultIndex(evidenceV2: PreparedEvidenceV2, date: string) {
  const history = scorePreparedV2(
    evidenceV2,
    { from: date, to: addDays(date, WINDOW) },
    { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined },
  );
  return { history, index: computeIndex(history, defaultWeights(definitions), { peakChannel: METHOD_V2.peakChannel }).values };
}

const probe = (indicatorKey: string, date: string, severity: 1 | 3): LoadedEvent => ({
  id: `probe-${indicatorKey}-${date}-${severity}`,
  indicatorKey,
  date,
  severity,
  source: 'probe',
  title: `Probe: one more severity-${severity} event`,
  confidence: 'test',
});

/** A severity-1 report may move the index by less than this (a sixth of the 20-point bands). */
const MINOR_REPORT_LIMIT = 3;

const cases: Case[] = [];
for (const date of DAYS) {
  const base = defaultIndex(prepared, date);
  definitions.forEach((definition, i) => {
    if (definition.method.kind === 'metric') return; // scored from observations, not events
    // only this indicator's evidence changes: prepare it alone (families are per indicator)
    const withEvent = (severity: 1 | 3) => {
      const changed = prepareEvidenceV2(
        [definition],
        { ...evidence, events: [...evidence.events, probe(definition.key, date, severity)] },
        { asOf: AS_OF },
      );
      const indicators = prepared.indicators.map((indicator, j) => (j === i ? changed.indicators[0] : indicator));
      return defaultIndex({ ...prepared, indicators }, date).index;
    };
    const withCrisis = withEvent(3);
    const withReport = withEvent(1);
    cases.push({
      key: definition.key,
      date,
      before: base.history.series[i].freshness[0],
      effect: Array.from(withCrisis, (v, t) => v - base.index[t]),
      reportEffect: Array.from(withReport, (v, t) => v - base.index[t]),
    });
  });
}

const describeCase = (c: Case) => `${c.key} on ${c.date}: ${c.effect.map((d) => d.toFixed(3)).join(' ')}`;

describe('a severity-3 crisis raises the default index, a severity-1 report barely moves it (issue #11)', () => {
  it('samples fresh, stale and unmonitored indicators', () => {
    for (const state of [FRESH, STALE, UNMONITORED]) expect(cases.some((c) => c.before === state)).toBe(true);
  });

  it('never lowers the index on its day or the week after, and raises it within 7 days', () => {
    expect(cases.filter((c) => c.effect.some((d) => d < -1e-9)).map(describeCase)).toEqual([]);
    expect(cases.filter((c) => !c.effect.some((d) => d > 0)).map(describeCase)).toEqual([]);
  });

  it('moves by less than a sixth of a band for a severity-1 report (a signal with no direct effect)', () => {
    for (const band of DEFAULT_BAND_SCALE.slice(1))
      expect(band.lowerBound - DEFAULT_BAND_SCALE[DEFAULT_BAND_SCALE.indexOf(band) - 1].lowerBound).toBeGreaterThanOrEqual(
        6 * MINOR_REPORT_LIMIT,
      );
    const moved = cases.filter((c) => c.reportEffect.some((d) => Math.abs(d) >= MINOR_REPORT_LIMIT));
    expect(moved.map((c) => `${c.key} on ${c.date}: ${c.reportEffect.map((d) => d.toFixed(2)).join(' ')}`)).toEqual([]);
  });
});
