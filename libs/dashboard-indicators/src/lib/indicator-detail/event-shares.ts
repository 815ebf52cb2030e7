import type { EventView, IndicatorView } from '@kem/contracts';
import { explainScoreV2, IndicatorCategory, prepareEvidenceV2, toEvidenceEvent } from '@kem/scoring';

/** An event family's part in the event part of an indicator's score on one day. */
export interface EventShare {
  /** Score points the family accounts for (above the baseline). */
  points: number;
  /** Its share of the event part, 0..1. */
  share: number;
}

export interface ScoreBreakdown {
  date: string;
  /** Points above the baseline that events make (stage level included). */
  eventPoints: number;
  /** By the id of the event heading each family (the strongest); follow-ups count inside their family. */
  byEvent: ReadonlyMap<number, EventShare>;
  /** Follow-up id → the family head it counts under. */
  familyOf: ReadonlyMap<number, number>;
}

/**
 * Each event family's share of the event part of the indicator's score on `date`, computed in the
 * browser by the scoring library's version-2 memory (lifecycle holds, families counted once), from the
 * published events: the share of the family's pressure in the indicator's pressure. Shares do not
 * depend on the baseline. Null for metric and stage indicators (a stage's level is not an event share)
 * and for evidence the library refuses; the page then shows no shares.
 */
export function eventShares(indicator: IndicatorView, events: readonly EventView[], date: string): ScoreBreakdown | null {
  if (indicator.method.kind !== 'event_pressure') return null;
  try {
    const prepared = prepareEvidenceV2([{ ...indicator, category: indicator.category as IndicatorCategory }], {
      events: events.filter((e) => e.status === 'published' && e.indicatorKey === indicator.key).map((e) => toEvidenceEvent(e)),
      observations: [],
    });
    const explanation = explainScoreV2(prepared, indicator.key, date);
    const byEvent = new Map<number, EventShare>();
    const familyOf = new Map<number, number>();
    const total = explanation.eventPoints;
    for (const family of explanation.families) {
      if (typeof family.strongestId !== 'number' || !(family.points > 0)) continue;
      byEvent.set(family.strongestId, { points: family.points, share: total > 0 ? family.points / total : 0 });
      for (const id of family.memberIds) if (typeof id === 'number' && id !== family.strongestId) familyOf.set(id, family.strongestId);
    }
    return { date, eventPoints: total, byEvent, familyOf };
  } catch {
    return null;
  }
}
