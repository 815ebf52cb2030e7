import { summariseLatest } from '@kem/api-index';
import { addDays } from '@kem/scoring';
import type { DigestIndex } from './content-run';
import { DigestFreshness, IndexSummary } from './email-model';
import { evidenceFor, RecentEvent } from './recent-events';

const EVIDENCE_PER_MOVER = 3;
/** Changes every e-mail lists beside the one over its window. */
const CHANGE_DAYS = [1, 7, 30];

/**
 * The index as an e-mail tells it — api-index's summary of the latest day (as `/api/index/latest`):
 * value and band, the change over the window and over 1/7/30 days, the indicators that moved it most
 * over the window with the events behind them, evidence freshness, and the due-diligence actions
 * (ranked by the footprint's exposure for a company index).
 */
export function summariseIndex(
  index: DigestIndex,
  windowDays: number,
  names: ReadonlyMap<string, string>,
  events: readonly RecentEvent[],
): IndexSummary {
  const s = summariseLatest(index.frame, {
    changeWindows: [windowDays, ...CHANGE_DAYS],
    moverWindow: windowDays,
    actions: index.company?.actions,
  });
  const name = (key: string) => names.get(key) ?? key;
  const windowStart = addDays(s.date, -windowDays);
  const f = s.freshness;
  const freshness: DigestFreshness = {
    summary: f.summary,
    noNewEvidenceDays: f.daysSinceNewEvidence,
    lastNewEvidence: f.lastNewEvidence,
    coverage: `${f.coverage.covered} of ${f.coverage.total} indicators in the index`,
    notFresh: f.indicators.flatMap((i) =>
      i.state === 'fresh' ? [] : [{ name: name(i.indicatorKey), state: i.state, daysSinceEvidence: i.daysSinceEvidence }],
    ),
  };
  const countryValue = index.country.index.values.at(-1) ?? Number.NaN;
  return {
    profileName: index.profileName,
    company: index.company
      ? {
          footprintName: index.company.footprintName,
          countryValue: Number.isNaN(countryValue) ? null : countryValue,
        }
      : null,
    date: s.date,
    value: s.value,
    band: s.band?.key ?? '',
    bandLabel: s.band?.label ?? 'no value',
    noValueReason: s.value === null ? s.reason : null,
    freshness,
    windowDays,
    change: s.changes[0].change,
    changes: s.changes.slice(1).map((c) => ({ days: c.days, points: c.change })),
    movers: s.movers.map((m) => ({
      indicatorKey: m.indicatorKey,
      name: name(m.indicatorKey),
      points: m.points,
      evidence: evidenceFor(events, m.indicatorKey, windowStart, EVIDENCE_PER_MOVER),
    })),
    bandActions: s.actions.bandActions.map((a) => a.text),
    indicatorActions: s.actions.indicatorActions.map((i) => ({
      name: name(i.indicatorKey),
      score: i.score,
      actions: i.actions.map((a) => a.text),
      why: i.why ?? null,
    })),
  };
}
