import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ChangePartsView, IndexExplanationView, LatestIndexView } from '@kem/contracts';
import { BandBadge, formatDay, formatSigned, IndexChart, TODAY } from '@kem/dashboard-charts';
import {
  IndexApi,
  indexComputing,
  indicatorNames,
  indicatorsLoader,
  loader,
  loadOnce,
  methodologyLoader,
  serviceUnavailable,
} from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { addDays, DEFAULT_BAND_SCALE } from '@kem/scoring';

/** The chart covers this many years up to the latest day, in weekly averages (legible on paper). */
export const REPORT_YEARS = 3;
/** "What changed" looks back this many days from the latest day. */
export const REPORT_CHANGE_DAYS = 30;

const PART_WORDS: Readonly<Record<keyof ChangePartsView, string>> = {
  newEvidence: 'new evidence',
  fading: 'old evidence fading',
  baseline: 'structural baselines',
  staleness: 'staleness and coverage',
  reweighting: 'reweighting between indicators',
};

const STATE_WORDS = { fresh: 'Fresh', stale: 'Stale', unmonitored: 'Unmonitored (left out)' } as const;

/**
 * The board report: one page set for A4 and Letter with the headline (band, freshness, uncertainty),
 * the index chart drawn at its printed size, the contributions, what changed with its events and
 * sources, the due-diligence actions, the methodology in brief and the evidence date. "Download PDF"
 * opens the browser's print dialog on the print stylesheet (Save as PDF).
 */
@Component({
  selector: 'kem-report-page',
  imports: [BandBadge, DecimalPipe, IndexChart, LoadStatus, MatButtonModule, MatProgressBarModule],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  private readonly indexApi = inject(IndexApi);
  private readonly today = inject(TODAY);

  private readonly latestLoader = loadOnce(() => this.indexApi.latest(), { isEmpty: () => false });
  readonly latest = this.latestLoader.state;
  private readonly lastDay = computed(() => this.latest().value?.date ?? null);

  private readonly seriesLoader = loader(
    () => this.lastDay(),
    (day) => (day ? this.indexApi.series({ from: addDays(day, -365 * REPORT_YEARS), to: day, interval: 'week' }) : null),
    { isEmpty: (s) => s.points.length === 0 },
  );
  readonly series = this.seriesLoader.state;

  private readonly explainLoader = loader(
    () => this.lastDay(),
    (day) => (day ? this.indexApi.explain({ from: addDays(day, -REPORT_CHANGE_DAYS), to: day }) : null),
    { isEmpty: () => false },
  );
  readonly explanation = this.explainLoader.state;

  private readonly indicatorsLoader = indicatorsLoader();
  private readonly methodologyLoader = methodologyLoader();
  readonly methodology = this.methodologyLoader.state;

  readonly printedOn = formatDay(this.today());
  readonly changeDays = REPORT_CHANGE_DAYS;
  readonly years = REPORT_YEARS;

  /** 503 index-computing: the index of the served weights is still being built. */
  readonly computing = computed(() => indexComputing(this.latest()));
  /** Any other 503: an outage (the database cannot be reached), said as such. */
  readonly unavailable = computed(() => serviceUnavailable(this.latest()));

  readonly names = computed(() => indicatorNames(this.indicatorsLoader.value()));
  readonly name = (key: string) => this.names().get(key) ?? key;

  readonly changes = computed(() => (this.latest().value?.changes ?? []).filter((c) => c.days === 30 || c.days === 90 || c.days === 365));

  readonly contributions = computed(() =>
    [...(this.latest().value?.scores ?? [])]
      .sort((a, b) => (b.contribution ?? -1) - (a.contribution ?? -1))
      .map((s) => ({
        ...s,
        name: this.name(s.indicatorKey),
        bandLabel: DEFAULT_BAND_SCALE.find((b) => b.key === s.band)?.label ?? '–',
        stateLabel: STATE_WORDS[s.state],
      })),
  );

  readonly parts = computed(() => {
    const parts = this.explanation().value?.parts;
    if (!parts) return [];
    return (Object.keys(PART_WORDS) as (keyof ChangePartsView)[])
      .filter((k) => Math.abs(parts[k]) >= 0.05)
      .map((k) => ({ label: PART_WORDS[k], points: parts[k] }));
  });

  readonly movers = computed(() => {
    const e = this.explanation().value;
    if (!e) return [];
    return e.indicators
      .filter((i) => Math.abs(i.change) >= 0.05 || i.drivers.length > 0 || i.monitoringChanged)
      .slice(0, 6)
      .map((i) => ({
        key: i.indicatorKey,
        name: this.name(i.indicatorKey),
        change: i.change,
        stateFrom: STATE_WORDS[i.stateFrom],
        stateTo: STATE_WORDS[i.stateTo],
        drivers: i.drivers.slice(0, 4).map((d) => ({ ...d, evidence: this.evidence(e, d.eventId) })),
      }));
  });

  readonly actions = computed(() => {
    const latest = this.latest().value;
    if (!latest) return { band: [], indicators: [] };
    return {
      band: latest.bandActions,
      indicators: latest.indicatorActions.map((i) => ({
        ...i,
        name: this.name(i.indicatorKey),
        bandLabel: DEFAULT_BAND_SCALE.find((b) => b.key === i.band)?.label ?? i.band,
      })),
    };
  });

  /** The day of the newest evidence behind the index, in words. */
  readonly evidenceDate = computed(() => {
    const f = this.latest().value?.freshness;
    return f?.lastNewEvidence ? formatDay(f.lastNewEvidence) : null;
  });

  readonly computedAt = computed(() => {
    const at = this.latest().value?.computedAt;
    return at ? `${formatDay(at.slice(0, 10))} ${at.slice(11, 16)} UTC` : null;
  });

  day(iso: string | null | undefined): string {
    return iso ? formatDay(iso) : '–';
  }

  signed(value: number | null | undefined): string {
    return value === null || value === undefined ? 'n/a' : formatSigned(value);
  }

  uncertainty(latest: LatestIndexView): string | null {
    return latest.lower !== null && latest.upper !== null ? `${latest.lower.toFixed(1)}–${latest.upper.toFixed(1)}` : null;
  }

  retry(): void {
    for (const l of [this.latestLoader, this.seriesLoader, this.explainLoader, this.indicatorsLoader, this.methodologyLoader])
      if (l.state().error) l.reload();
  }

  /** "Download PDF": the browser's print dialog on the print stylesheet (choose "Save as PDF"). */
  print(): void {
    window.print();
  }

  private evidence(e: IndexExplanationView, id: number | string) {
    return e.events[String(id)] ?? null;
  }
}
