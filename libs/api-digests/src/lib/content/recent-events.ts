import { EventEntity } from '@kem/api-data';
import { Brackets, DataSource } from 'typeorm';
import { EvidenceItem } from './email-model';
import { addDays, dayOfInstant, daysBefore } from '@kem/scoring';

export interface RecentEvent extends EvidenceItem {
  id: number;
  indicatorKey: string;
  endDate: string | null;
  createdAt: Date;
  origin: string;
}

/** Look-back of "new since the last digest" and of the movers' evidence (a month plus slack). */
export const LOOKBACK_DAYS = 45;
const MAX_EVENTS = 2000;

/**
 * Published events that may appear in an e-mail of this run: dated (or still ongoing) within the
 * look-back, or recorded within it — curated history excepted, which is all recorded at install.
 * Nothing dated after today (a clock set in the past, as in a replay or a test, sees no later news).
 */
export async function loadRecentEvents(dataSource: DataSource, now: Date, names: ReadonlyMap<string, string>): Promise<RecentEvent[]> {
  const today = dayOfInstant(now);
  const fromDay = addDays(today, -LOOKBACK_DAYS);
  const rows = await dataSource
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .where('e.status = :status', { status: 'published' })
    .andWhere('e.date <= :today', { today })
    .andWhere(
      new Brackets((q) =>
        q
          .where('e.date >= :fromDay', { fromDay })
          .orWhere('e.endDate >= :fromDay', { fromDay })
          .orWhere('(e.createdAt >= :fromInstant AND e.origin <> :curated)', {
            fromInstant: daysBefore(now, LOOKBACK_DAYS),
            curated: 'curated',
          }),
      ),
    )
    .orderBy('e.date', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .take(MAX_EVENTS)
    .getMany();
  return rows.map((e) => ({
    id: e.id,
    indicatorKey: e.indicatorKey,
    indicatorName: names.get(e.indicatorKey) ?? e.indicatorKey,
    title: e.title,
    date: e.date,
    endDate: e.endDate,
    severity: e.severity,
    sourceName: e.sourceName,
    sourceUrl: e.sourceUrl,
    createdAt: e.createdAt,
    origin: e.origin,
  }));
}

/** Events dated on or after `since`'s day, or recorded after it (not the curated seed); newest first. */
export function eventsSince(events: readonly RecentEvent[], since: Date): RecentEvent[] {
  const sinceDay = since.toISOString().slice(0, 10);
  return events.filter((e) => e.date >= sinceDay || (e.origin !== 'curated' && e.createdAt.getTime() >= since.getTime()));
}

/** The indicator's events dated in the window or ongoing during it, weightiest first. */
export function evidenceFor(events: readonly RecentEvent[], indicatorKey: string, fromDay: string, limit: number): RecentEvent[] {
  return events
    .filter((e) => e.indicatorKey === indicatorKey && (e.date >= fromDay || (e.endDate !== null && e.endDate >= fromDay)))
    .sort((a, b) => b.severity - a.severity || b.date.localeCompare(a.date))
    .slice(0, limit);
}
