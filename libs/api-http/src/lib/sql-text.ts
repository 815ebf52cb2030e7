import { addDays, startOfDay } from '@kem/scoring';

/** Escapes LIKE wildcards so user text is matched literally (use with ESCAPE '\\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Midnight UTC after a calendar day, the exclusive end of a "to" day filter on timestamps. */
export function startOfNextDay(day: string): Date {
  return startOfDay(addDays(day, 1));
}
