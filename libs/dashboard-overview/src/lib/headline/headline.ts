import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LatestIndexView } from '@kem/contracts';
import { BandBadge, BandScaleBar, formatDay, formatSigned } from '@kem/dashboard-charts';

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

/** Today's index: the value, its band in colour and words, how it moved, how sure it is and how much it covers. */
@Component({
  selector: 'kem-headline',
  imports: [BandBadge, BandScaleBar],
  templateUrl: './headline.html',
  styleUrl: './headline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Headline {
  readonly latest = input.required<LatestIndexView>();
  /** Indicators the profile weights (the coverage denominator). */
  readonly weighted = input.required<number>();
  /** Names of weighted indicators without data today. */
  readonly missing = input<readonly string[]>([]);

  readonly value = computed(() => this.latest().value.toFixed(1));
  readonly date = computed(() => formatDay(this.latest().date, true));
  readonly changes = computed(() => this.latest().changes.map((c) => changeLine(c.days, c.change)));
  readonly band90 = computed(() => {
    const { lower, upper } = this.latest();
    return lower === null || upper === null ? null : `${lower.toFixed(0)}–${upper.toFixed(0)}`;
  });
  readonly coverage = computed(() => `${this.latest().coverage.length} of ${Math.max(this.weighted(), this.latest().coverage.length)} indicators`);
}
