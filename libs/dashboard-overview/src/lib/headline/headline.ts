import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LatestIndexView } from '@kem/contracts';
import { BandBadge, BandScaleBar, formatDay, formatSigned } from '@kem/dashboard-charts';
import { headlineFreshness } from '../freshness.model';

export interface ChangeLine {
  days: number;
  /** '+3.2 in 30 days' */
  text: string;
  direction: 'up' | 'down' | 'flat' | 'none';
  arrow: string;
  /** Spoken form: 'up 3.2 points in 30 days'. */
  spoken: string;
}

/** A change over a window in words, with an arrow: rising risk up, falling down. */
export function changeLine(days: number, change: number | null): ChangeLine {
  if (change === null) {
    const text = `no value ${days} days back`;
    return { days, text, direction: 'none', arrow: '·', spoken: text };
  }
  const shown = formatSigned(change, 1);
  const direction = shown === '0.0' ? 'flat' : change > 0 ? 'up' : 'down';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶';
  const size = Math.abs(change).toFixed(1);
  const spoken = direction === 'flat' ? `unchanged in ${days} days` : `${direction} ${size} points in ${days} days`;
  return { days, text: `${shown} in ${days} days`, direction, arrow, spoken };
}

/**
 * Today's index: the value (or, when nothing is in the composite, no value and why — never 0), its band,
 * how it moved, the uncertainty band, the coverage with the indicators left out, and how fresh the
 * evidence is — stale indicators flagged by name, "no new evidence for N days".
 */
@Component({
  selector: 'kem-headline',
  imports: [BandBadge, BandScaleBar, RouterLink],
  templateUrl: './headline.html',
  styleUrl: './headline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Headline {
  readonly latest = input.required<LatestIndexView>();
  readonly names = input<ReadonlyMap<string, string>>(new Map());

  readonly value = computed(() => {
    const value = this.latest().value;
    return value === null ? null : value.toFixed(1);
  });
  readonly date = computed(() => formatDay(this.latest().date, true));
  readonly changes = computed(() => this.latest().changes.map((c) => changeLine(c.days, c.change)));
  readonly band90 = computed(() => {
    const { lower, upper } = this.latest();
    return lower === null || upper === null ? null : `${lower.toFixed(0)}–${upper.toFixed(0)}`;
  });
  readonly freshness = computed(() => headlineFreshness(this.latest().freshness, this.names()));
  readonly method = computed(() => this.latest().method);
}
