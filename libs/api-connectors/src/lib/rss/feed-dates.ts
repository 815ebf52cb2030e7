import { isoDayOf } from '@kem/scoring';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const RFC_822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+(?:[+-]\d{4}|[a-z]{1,5}))?)?$/i;
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The calendar day of a feed timestamp, as the publisher wrote it (its own time zone, no
 * conversion to UTC: an item published at 01:00 in Almaty belongs to that Almaty day). Accepts
 * RFC 822 (RSS pubDate) and ISO 8601 (Atom, dc:date); anything else, or an impossible date or
 * time, gives null rather than a guess.
 */
export function feedDateToDay(raw: string | null): string | null {
  if (raw === null) return null;
  const text = raw.trim();
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2].toLowerCase()];
    const year = rfc[3].length === 2 ? 2000 + Number(rfc[3]) - (Number(rfc[3]) >= 70 ? 100 : 0) : Number(rfc[3]);
    if (month === undefined || !validTime(rfc[4], rfc[5], rfc[6])) return null;
    return isoDayOf(year, month, Number(rfc[1]));
  }
  const iso = ISO_8601.exec(text);
  if (iso) {
    if (!validTime(iso[4], iso[5], iso[6])) return null;
    return isoDayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  return null;
}

function validTime(hours?: string, minutes?: string, seconds?: string): boolean {
  return (
    (hours === undefined || Number(hours) <= 23) &&
    (minutes === undefined || Number(minutes) <= 59) &&
    (seconds === undefined || Number(seconds) <= 60)
  );
}
