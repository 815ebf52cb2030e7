import type { EventView, IndicatorView } from '@kem/contracts';
import { explainIndicatorScore, IndicatorCategory, prepareEvidence } from '@kem/scoring';

/** An event's part in an indicator's score on one day. */
export interface EventShare {
  /** Score points the event accounts for. */
  points: number;
  /** points / score, 0..1. */
  share: number;
}

export interface ScoreBreakdown {
  date: string;
  score: number | null;
  /** By event id; events with no part (not yet started, or wholly decayed) are absent. */
  byEvent: ReadonlyMap<number, EventShare>;
}

/**
 * Each published event's share of the indicator's score on `date`, computed in the browser with the
 * scoring library the server uses, from the same evidence the server scores (published events: date,
 * end date, severity, stage): for event pressure the event's share of the pressure, for a stage
 * indicator the stage in force takes its level and enforcement events share the rest. Exact as long as
 * `events` holds every published event of the indicator up to `date`. Null when the evidence cannot be
 * scored (e.g. a malformed event) — the page then shows no shares.
 */
export function eventShares(indicator: IndicatorView, events: readonly EventView[], date: string): ScoreBreakdown | null {
  if (indicator.method.kind === 'metric') return null;
  try {
    const prepared = prepareEvidence(
      [{ ...indicator, category: indicator.category as IndicatorCategory }],
      {
        events: events
          .filter((e) => e.status === 'published' && e.indicatorKey === indicator.key)
          .map((e) => ({ id: e.id, indicatorKey: e.indicatorKey, date: e.date, endDate: e.endDate, severity: e.severity, stage: e.stage })),
        observations: [],
      },
    );
    const explanation = explainIndicatorScore(prepared, indicator.key, date);
    const byEvent = new Map<number, EventShare>();
    for (const driver of explanation.drivers) {
      if (typeof driver.eventId === 'number' && driver.points > 0) byEvent.set(driver.eventId, { points: driver.points, share: driver.share ?? 0 });
    }
    return { date, score: explanation.score, byEvent };
  } catch {
    return null;
  }
}
