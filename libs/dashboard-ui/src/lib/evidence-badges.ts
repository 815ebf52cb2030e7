import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EventLifecycleView, FreshnessStateView } from '@kem/contracts';

/** Evidence freshness in words: the word carries the meaning, the colour and the mark help. */
export const FRESHNESS_LABELS: Readonly<Record<FreshnessStateView, string>> = {
  fresh: 'Fresh',
  stale: 'Stale',
  unmonitored: 'Unmonitored — left out',
};

/** What each freshness state means for the number, for titles and help text. */
export const FRESHNESS_MEANINGS: Readonly<Record<FreshnessStateView, string>> = {
  fresh: 'looked at within its review interval',
  stale: 'past its review interval: held at its last reviewed level, wider uncertainty band',
  unmonitored: 'past three review intervals: left out of the index, never counted as 0',
};

export const LIFECYCLE_LABELS: Readonly<Record<EventLifecycleView, string>> = {
  ongoing: 'Ongoing',
  ended: 'Ended',
  unknown: 'Status unknown',
};

/** 'no new evidence for 312 days', 'new evidence today', or null when there is none at all. */
export function noNewEvidenceText(days: number | null | undefined): string | null {
  if (days === null || days === undefined) return null;
  if (days <= 0) return 'new evidence today';
  return `no new evidence for ${days} ${days === 1 ? 'day' : 'days'}`;
}

const FRESHNESS_MARKS: Readonly<Record<FreshnessStateView, string>> = { fresh: '●', stale: '▲', unmonitored: '○' };

/** An indicator's evidence freshness as a small labelled chip (stale and unmonitored stand out). */
@Component({
  selector: 'kem-freshness-badge',
  template: `<span class="chip" [class]="state()" [attr.data-freshness]="state()" [attr.title]="meaning()"
    ><span aria-hidden="true">{{ mark() }} </span>{{ label() }}</span
  >`,
  styles: `
    :host {
      display: inline-block;
    }
    .chip {
      display: inline-block;
      padding: 1px 8px;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .fresh {
      color: #1b5e20;
      background: #e8f5e9;
    }
    .stale {
      color: #7a2e00;
      background: #fff3e0;
    }
    .unmonitored {
      color: #37474f;
      background: #eceff1;
      border-style: dashed;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FreshnessBadge {
  readonly state = input.required<FreshnessStateView>();
  readonly label = computed(() => FRESHNESS_LABELS[this.state()] ?? this.state());
  readonly meaning = computed(() => FRESHNESS_MEANINGS[this.state()] ?? '');
  readonly mark = computed(() => FRESHNESS_MARKS[this.state()] ?? '');
}

/** An event's lifecycle (ongoing / ended / unknown) as a small labelled chip. */
@Component({
  selector: 'kem-lifecycle-badge',
  template: `<span class="chip" [class]="lifecycle()" [attr.data-lifecycle]="lifecycle()">{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-block;
    }
    .chip {
      display: inline-block;
      padding: 0 8px;
      border-radius: 999px;
      font-size: 0.75rem;
      font-weight: 600;
      line-height: 1.6;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .ongoing {
      color: #8e1b10;
      background: #fdecea;
    }
    .ended {
      color: #37474f;
      background: #eceff1;
    }
    .unknown {
      color: #5d4300;
      background: #fff8e1;
      border-style: dashed;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LifecycleBadge {
  readonly lifecycle = input.required<EventLifecycleView>();
  readonly label = computed(() => LIFECYCLE_LABELS[this.lifecycle()] ?? this.lifecycle());
}
