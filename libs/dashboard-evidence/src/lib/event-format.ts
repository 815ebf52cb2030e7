import { DatePrecision, EventStatus, EventView } from '@kem/contracts';
import { rangeLength, SEVERITY_RUBRIC } from '@kem/scoring';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar day (YYYY-MM-DD) in words at the precision it is known: "22 March 2022", "March 2022" or "2022". */
export function formatEventDate(day: string, precision: DatePrecision = 'day'): string {
  const [year, month, date] = day.split('-').map(Number);
  if (precision === 'year' || !month) return String(year);
  if (precision === 'month' || !date) return `${MONTHS[month - 1]} ${year}`;
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

export const STATUS_LABELS: Record<EventStatus, string> = { draft: 'Draft', published: 'Published', rejected: 'Rejected' };

/** Whole days from one calendar day to another, both counted. */
export function daysInclusive(from: string, to: string): number {
  return rangeLength({ from, to });
}

/** How analysts rate severity 1..5, shared with the methodology page. */
export const SEVERITY_LEVELS = SEVERITY_RUBRIC;

export function severityLabel(severity: number): string {
  return SEVERITY_RUBRIC.find((s) => s.severity === severity)?.label ?? `Severity ${severity}`;
}

export interface YearGroup {
  year: string;
  events: EventView[];
}

/** Events in the order given (the API sends newest first), grouped under the year they began. */
export function groupByYear(events: readonly EventView[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
