import { classifyBand, DEFAULT_BAND_SCALE, recommendActions } from '@kem/scoring';
import { DigestFreshness, IndexSummary, MoverItem } from './email-model';
import { evidenceFor, RecentEvent } from './recent-events';
import { changeOver, ServedProfile, shiftDay } from './served-profile';

const MOVERS = 3;
const EVIDENCE_PER_MOVER = 3;
const MIN_MOVE = 0.05;

/**
 * The index of a profile as an e-mail tells it: the latest value and band, changes over the window
 * and over 1/7/30 days, the indicators that moved it most over the window with the events behind
 * them, and the due-diligence actions for the band and the high indicators (as on the dashboard).
 */
export interface IndexFacts {
  /** Scores of the indicators in the composite on the latest day (for the due-diligence actions). */
  scores: Record<string, number>;
  freshness: DigestFreshness | null;
  noValueReason: string | null;
}

export function summariseIndex(
  profile: ServedProfile,
  windowDays: number,
  names: ReadonlyMap<string, string>,
  events: readonly RecentEvent[],
  facts: IndexFacts = { scores: {}, freshness: null, noValueReason: null },
): IndexSummary {
  const latest = profile.latest;
  const band = latest.value === null ? null : (classifyBand(latest.value) ?? DEFAULT_BAND_SCALE[0]);
  const windowStart = shiftDay(latest.date, -windowDays);
  const then = profile.byDate.get(windowStart);
  const movers: MoverItem[] = Object.keys({ ...latest.contributions, ...(then?.contributions ?? {}) })
    .map((key) => ({ key, points: (latest.contributions[key] ?? 0) - (then?.contributions[key] ?? 0) }))
    .filter((m) => then && Math.abs(m.points) >= MIN_MOVE)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, MOVERS)
    .map((m) => ({
      indicatorKey: m.key,
      name: names.get(m.key) ?? m.key,
      points: m.points,
      evidence: evidenceFor(events, m.key, windowStart, EVIDENCE_PER_MOVER),
    }));
  const recommendation = latest.value === null ? null : recommendActions(latest.value, facts.scores);
  return {
    profileName: profile.name,
    date: latest.date,
    value: latest.value,
    band: band?.key ?? '',
    bandLabel: band?.label ?? 'no value',
    noValueReason: latest.value === null ? (facts.noValueReason ?? 'No indicator is in the index on this day.') : null,
    freshness: facts.freshness,
    windowDays,
    change: changeOver(profile, windowDays),
    changes: [1, 7, 30].map((days) => ({ days, points: changeOver(profile, days) })),
    movers,
    bandActions: (recommendation?.bandActions ?? []).map((a) => a.text),
    indicatorActions: (recommendation?.indicatorActions ?? []).map((i) => ({
      name: names.get(i.indicatorKey) ?? i.indicatorKey,
      score: i.score,
      actions: i.actions.map((a) => a.text),
    })),
  };
}
