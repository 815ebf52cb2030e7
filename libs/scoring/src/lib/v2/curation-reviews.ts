import { formatDay, parseDay } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import type { EvidenceReview } from '../model/evidence';

/**
 * Reviews that stand for a retrospective curation: a team that compiled an indicator's history over
 * `from..to` has looked at every stretch of it, so the stretch counts as reviewed. One review every
 * `everyDays` days (and on `to`), recorded on its own day — the history then reads as monitored
 * through `to` and no further.
 */
export function curationReviews(indicatorKeys: readonly string[], from: string, to: string, everyDays = 7): EvidenceReview[] {
  if (!Number.isInteger(everyDays) || everyDays < 1) throw new ScoringParameterError('everyDays', 'must be an integer ≥ 1', everyDays);
  const start = parseDay(from);
  const end = parseDay(to);
  const reviews: EvidenceReview[] = [];
  for (const indicatorKey of indicatorKeys) {
    for (let day = start; day <= end; day += everyDays) reviews.push({ indicatorKey, date: formatDay(day) });
    if ((end - start) % everyDays !== 0) reviews.push({ indicatorKey, date: to });
  }
  return reviews;
}
