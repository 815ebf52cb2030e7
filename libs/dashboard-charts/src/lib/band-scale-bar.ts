import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BandScale, DEFAULT_BAND_SCALE } from '@kem/scoring';
import { bandOf, bandZones } from './bands';

/** The 0–100 scale with its bands named, a marker at the value and, optionally, its uncertainty range. */
@Component({
  selector: 'kem-band-scale-bar',
  template: `
    <div class="bar" role="img" [attr.aria-label]="label()">
      @for (zone of zones(); track zone.key) {
        <div class="zone" [style.flex-grow]="zone.upperBound - zone.lowerBound" [style.background]="zone.style.color"></div>
      }
      @if (range(); as r) {
        <div class="range" [style.left.%]="r.lower" [style.width.%]="r.upper - r.lower"></div>
      }
      <div class="marker" [style.left.%]="clamped()"></div>
    </div>
    <div class="names" aria-hidden="true">
      @for (zone of zones(); track zone.key) {
        <span
          [style.flex-grow]="zone.upperBound - zone.lowerBound"
          [class.current]="zone.key === band()?.key"
          [title]="zone.lowerBound + '–' + zone.upperBound"
          >{{ zone.label }}</span
        >
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      position: relative;
      display: flex;
      height: 10px;
      border-radius: 5px;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .zone {
      flex-basis: 0;
      opacity: 0.35;
    }
    .zone:first-child {
      border-radius: 5px 0 0 5px;
    }
    .zone:nth-last-child(1 of .zone) {
      border-radius: 0 5px 5px 0;
    }
    .range {
      position: absolute;
      top: 0;
      bottom: 0;
      background: rgba(31, 42, 68, 0.35);
      border-radius: 5px;
    }
    .marker {
      position: absolute;
      top: -5px;
      width: 4px;
      height: 20px;
      margin-left: -2px;
      background: #1f2a44;
      border-radius: 2px;
      box-shadow: 0 0 0 2px #fff;
    }
    .names {
      display: flex;
      margin-top: 6px;
      font-size: 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .names span {
      flex-basis: 0;
      text-align: center;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .names .current {
      font-weight: 700;
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandScaleBar {
  readonly value = input.required<number>();
  readonly lower = input<number | null>(null);
  readonly upper = input<number | null>(null);
  readonly scale = input<BandScale>(DEFAULT_BAND_SCALE);
  /** What the value is, for the label ("Index", "Score"). */
  readonly what = input('Index');

  readonly zones = computed(() => bandZones(this.scale()));
  readonly band = computed(() => bandOf(this.value(), this.scale()));
  readonly clamped = computed(() => Math.max(0, Math.min(100, this.value())));
  readonly range = computed(() => {
    const lower = this.lower();
    const upper = this.upper();
    return lower === null || upper === null ? null : { lower: Math.max(0, lower), upper: Math.min(100, upper) };
  });
  readonly label = computed(() => {
    const band = this.band();
    const range = this.range();
    return (
      `${this.what()} ${this.value().toFixed(1)} on a 0–100 scale, in the ${band?.label ?? ''} band` +
      (range ? `; 90 % band ${range.lower.toFixed(1)} to ${range.upper.toFixed(1)}` : '') +
      '.'
    );
  });
}
