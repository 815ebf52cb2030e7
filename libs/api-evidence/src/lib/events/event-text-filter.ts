import { EVENT_SEARCH_EXPRESSION, EVENT_SEARCH_TABLE, EventEntity } from '@kem/api-data';
import { escapeLike } from '@kem/api-http';
import { EVENT_TEXT_MIN_LENGTH } from '@kem/contracts';
import { SelectQueryBuilder } from 'typeorm';

/**
 * Keeps the events (alias `e`) whose title, summary or source contains `text`, ignoring case. The
 * trigram index of the engine (see the EventSearch migration) finds the candidates, so `text` holds
 * at least EVENT_TEXT_MIN_LENGTH characters (the query DTO refuses shorter ones). It is only ever a
 * bound value, quoted as one FTS5 phrase on SQLite so that its quotes, `*`, `OR` or `NEAR` are plain
 * characters, and with `%`, `_` and `\` escaped in LIKE patterns.
 */
export function whereTextContains(events: SelectQueryBuilder<EventEntity>, text: string): void {
  if ([...text].length < EVENT_TEXT_MIN_LENGTH) throw new Error(`Event search text under ${EVENT_TEXT_MIN_LENGTH} characters`);
  if (events.connection.options.type === 'postgres') {
    const like = `%${escapeLike(text.toLowerCase())}%`;
    // The index holds the three fields joined; each field is then checked, so no match spans two.
    events.andWhere(
      `${EVENT_SEARCH_EXPRESSION} LIKE :like ESCAPE '\\' AND (LOWER(e.title) LIKE :like ESCAPE '\\' OR LOWER(e.summary) LIKE :like ESCAPE '\\' OR LOWER(e.sourceName) LIKE :like ESCAPE '\\')`,
      { like },
    );
  } else {
    const phrase = `"${text.replace(/"/g, '""')}"`;
    // Unary + keeps SQLite from fetching each match by id (tens of milliseconds for a common word):
    // it walks the list's index of live rows instead, already in date order, testing each id.
    events.andWhere(`+e.id IN (SELECT rowid FROM ${EVENT_SEARCH_TABLE} WHERE ${EVENT_SEARCH_TABLE} MATCH :phrase)`, { phrase });
  }
}
