import type { IndexExplanationView } from '@kem/contracts';
import { formatDay, formatShare, formatSigned } from '@kem/dashboard-charts';

/** One piece of evidence behind an indicator's change. */
export interface DriverRow {
  kind: 'event' | 'stage' | 'observation';
  /** The event's title, or a description of the observation. */
  title: string;
  href: string | null;
  sourceName: string | null;
  date: string;
  severity: number | null;
  /** '95 %' of the indicator's change. */
  share: string;
  /** Index points, signed. */
  points: string;
}

export interface ChangeRow {
  key: string;
  name: string;
  status: 'both' | 'entered' | 'left' | 'absent';
  change: number;
  /** '+0.23' index points */
  changeText: string;
  direction: 'up' | 'down' | 'flat';
  scores: string | null;
  scoreEffect: string;
  coverageEffect: string;
  note: string | null;
  drivers: DriverRow[];
  remainder: string | null;
}

/** Changes smaller than this (index points) are shown as unchanged. */
export const NEGLIGIBLE = 0.005;

/** The attribution in rows for the panel: indicators that moved, largest first, each with its evidence. */
export function changeRows(view: IndexExplanationView, names: ReadonlyMap<string, string>): ChangeRow[] {
  return view.indicators
    .filter((i) => Math.abs(i.change) >= NEGLIGIBLE || i.status === 'entered' || i.status === 'left')
    .map((i): ChangeRow => {
      const name = names.get(i.key) ?? i.key;
      const scores = i.scoreFrom !== null && i.scoreTo !== null ? `score ${i.scoreFrom.toFixed(1)} → ${i.scoreTo.toFixed(1)}` : null;
      const note =
        i.status === 'entered'
          ? 'Entered the index in this period (its first data); the other weights were rescaled.'
          : i.status === 'left'
            ? 'Left the index in this period (no data); the other weights were rescaled.'
            : null;
      // Drivers too small to show in two decimals join the remainder.
      const shownDrivers = i.drivers.filter((d) => Math.abs(d.points) >= NEGLIGIBLE);
      const remainder = i.remainder + i.drivers.filter((d) => Math.abs(d.points) < NEGLIGIBLE).reduce((sum, d) => sum + d.points, 0);
      const drivers = shownDrivers.map((d): DriverRow => {
        const evidence = d.eventId !== null ? view.events[String(d.eventId)] : undefined;
        const title =
          d.kind === 'observation'
            ? `Observation of ${d.value ?? '?'} dated ${formatDay(d.date)}`
            : (evidence?.title ?? `Event ${d.eventId ?? ''}`.trim());
        return {
          kind: d.kind,
          title: d.kind === 'stage' ? `Stage reached: ${title}` : title,
          href: evidence?.sourceUrl ?? null,
          sourceName: evidence?.sourceName ?? null,
          date: d.date,
          severity: d.severity,
          share: formatShare(d.share),
          points: formatSigned(d.points, 2),
        };
      });
      const shown = formatSigned(i.change, 2);
      return {
        key: i.key,
        name,
        status: i.status,
        change: i.change,
        changeText: shown,
        direction: shown === '0.00' ? 'flat' : i.change > 0 ? 'up' : 'down',
        scores,
        scoreEffect: formatSigned(i.scoreEffect, 2),
        coverageEffect: formatSigned(i.coverageEffect, 2),
        note,
        drivers,
        remainder: Math.abs(remainder) >= NEGLIGIBLE ? formatSigned(remainder, 2) : null,
      };
    });
}

/** 'The index rose 3.2 points, from 13.4 to 16.6, between 25 Oct 2026 and 24 Nov 2026.' */
export function changeSentence(view: IndexExplanationView): string {
  const between = `between ${formatDay(view.from)} and ${formatDay(view.to)}`;
  const size = Math.abs(view.change).toFixed(1);
  const values = `from ${view.indexFrom.toFixed(1)} to ${view.indexTo.toFixed(1)}`;
  if (size === '0.0') return `The index was unchanged at ${view.indexTo.toFixed(1)} ${between}.`;
  return `The index ${view.change > 0 ? 'rose' : 'fell'} ${size} points, ${values}, ${between}.`;
}
