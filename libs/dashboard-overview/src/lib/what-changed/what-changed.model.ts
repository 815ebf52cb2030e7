import type { ChangePartsView, FreshnessStateView, IndexExplanationView } from '@kem/contracts';
import { formatDay, formatSigned } from '@kem/dashboard-charts';
import { FRESHNESS_LABELS, LIFECYCLE_LABELS } from '@kem/dashboard-ui';

/** Changes smaller than this (index points) are shown as unchanged. */
export const NEGLIGIBLE = 0.005;

/** The kinds of change method 2 tells apart, in the order shown, with what each means for a reader. */
export const CHANGE_PARTS: readonly { key: keyof ChangePartsView; label: string; meaning: string }[] = [
  { key: 'newEvidence', label: 'New evidence', meaning: 'events, stages or figures that started in the period' },
  { key: 'fading', label: 'Fading of old evidence', meaning: 'time passing since older events ended — not a fall in risk' },
  { key: 'baseline', label: 'Baseline changes', meaning: 'new annual structural figures' },
  { key: 'staleness', label: 'Staleness', meaning: 'decay frozen on stale indicators; indicators leaving or re-entering the index' },
  { key: 'reweighting', label: 'Reweighting', meaning: 'weights and the peak-channel term shifting between indicators' },
];

export interface PartRow {
  key: keyof ChangePartsView;
  label: string;
  meaning: string;
  points: number;
  /** '+1.20' */
  text: string;
  direction: 'up' | 'down' | 'flat';
}

function direction(value: number): 'up' | 'down' | 'flat' {
  return Math.abs(value) < NEGLIGIBLE ? 'flat' : value > 0 ? 'up' : 'down';
}

/** The change split into its kinds; kinds that did not move are kept (a zero says as much as a number). */
export function partRows(parts: ChangePartsView): PartRow[] {
  return CHANGE_PARTS.map((p) => ({ ...p, points: parts[p.key], text: formatSigned(parts[p.key], 2), direction: direction(parts[p.key]) }));
}

/** One event family behind an indicator's change. */
export interface DriverRow {
  kind: 'new' | 'fading' | 'held';
  /** 'New evidence', 'Fading (ended 3 Feb 2026)', 'Held (ongoing)' */
  kindText: string;
  title: string;
  href: string | null;
  sourceName: string | null;
  startDate: string;
  severity: number;
  status: 'ongoing' | 'ended' | 'unknown';
  statusText: string;
  /** '+ 2 follow-ups' or null for a family of one. */
  followUps: string | null;
  points: string;
}

export interface ChangeRow {
  key: string;
  name: string;
  change: number;
  changeText: string;
  direction: 'up' | 'down' | 'flat';
  scores: string | null;
  /** Its own parts, only those that moved: 'new evidence +0.40 · fading −0.12'. */
  partsText: string;
  /** 'Fresh → Stale' when the freshness changed. */
  stateText: string | null;
  stateTo: FreshnessStateView;
  note: string | null;
  drivers: DriverRow[];
}

function driverKind(kind: DriverRow['kind'], endDate: string | null): string {
  if (kind === 'new') return 'New evidence';
  if (kind === 'fading') return endDate ? `Fading (ended ${formatDay(endDate)})` : 'Fading';
  return endDate ? `Held to ${formatDay(endDate)}` : 'Held (ongoing)';
}

/** The indicators that moved (or changed freshness), largest first, each with its parts and event families. */
export function changeRows(view: IndexExplanationView, names: ReadonlyMap<string, string>): ChangeRow[] {
  return view.indicators
    .filter((i) => Math.abs(i.change) >= NEGLIGIBLE || i.monitoringChanged || i.stateFrom !== i.stateTo)
    .map((i): ChangeRow => {
      const scores =
        i.scoreFrom !== null && i.scoreTo !== null
          ? `score ${i.scoreFrom.toFixed(1)} → ${i.scoreTo.toFixed(1)}`
          : i.scoreTo !== null
            ? `score ${i.scoreTo.toFixed(1)}`
            : null;
      const partsText = CHANGE_PARTS.filter((p) => Math.abs(i.parts[p.key]) >= NEGLIGIBLE)
        .map((p) => `${p.label.toLowerCase()} ${formatSigned(i.parts[p.key], 2)}`)
        .join(' · ');
      const note = i.monitoringChanged
        ? i.stateTo === 'unmonitored'
          ? 'Left the index in this period: unmonitored (no look for three review intervals). It is not counted as 0.'
          : 'Entered the index in this period; the other weights were rescaled.'
        : null;
      const drivers = i.drivers
        .filter((d) => Math.abs(d.points) >= NEGLIGIBLE)
        .map((d): DriverRow => {
          const evidence = view.events[String(d.eventId)];
          const more = d.memberIds.length - 1;
          return {
            kind: d.kind,
            kindText: driverKind(d.kind, d.endDate),
            title: evidence?.title ?? `Event ${d.eventId}`,
            href: evidence?.sourceUrl ?? null,
            sourceName: evidence?.sourceName ?? null,
            startDate: d.startDate,
            severity: d.severity,
            status: d.status,
            statusText: LIFECYCLE_LABELS[d.status] ?? d.status,
            followUps: more > 0 ? `+ ${more} follow-up${more === 1 ? '' : 's'} in its family` : null,
            points: formatSigned(d.points, 2),
          };
        });
      return {
        key: i.indicatorKey,
        name: names.get(i.indicatorKey) ?? i.indicatorKey,
        change: i.change,
        changeText: formatSigned(i.change, 2),
        direction: direction(i.change),
        scores,
        partsText,
        stateText: i.stateFrom !== i.stateTo ? `${FRESHNESS_LABELS[i.stateFrom]} → ${FRESHNESS_LABELS[i.stateTo]}` : null,
        stateTo: i.stateTo,
        note,
        drivers,
      };
    });
}

/** 'The index rose 3.2 points, from 13.4 to 16.6, between 25 Oct 2026 and 24 Nov 2026.' — or why there is no change to tell. */
export function changeSentence(view: IndexExplanationView): string {
  const between = `between ${formatDay(view.from)} and ${formatDay(view.to)}`;
  if (view.change === null || view.indexFrom === null || view.indexTo === null) {
    const missing = view.indexTo === null ? formatDay(view.to) : formatDay(view.from);
    return `The index has no value on ${missing}${view.reason ? `: ${view.reason}` : ''}. The parts below still show what moved ${between}.`;
  }
  const size = Math.abs(view.change).toFixed(1);
  const values = `from ${view.indexFrom.toFixed(1)} to ${view.indexTo.toFixed(1)}`;
  if (size === '0.0') return `The index was unchanged at ${view.indexTo.toFixed(1)} ${between}.`;
  return `The index ${view.change > 0 ? 'rose' : 'fell'} ${size} points, ${values}, ${between}.`;
}

/**
 * Whether a fall is only fading and staleness: old news ageing is not lower risk, and the page says so
 * rather than presenting the fall as good news.
 */
export function fallIsOnlyAgeing(view: IndexExplanationView): boolean {
  const p = view.parts;
  return p.fading + p.staleness < -NEGLIGIBLE && p.newEvidence <= NEGLIGIBLE && Math.abs(p.baseline) < NEGLIGIBLE;
}
