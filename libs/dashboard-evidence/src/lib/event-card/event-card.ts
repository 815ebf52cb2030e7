import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { EventView, IndicatorView } from '@kem/contracts';
import { LifecycleBadge } from '@kem/dashboard-ui';
import { daysInclusive, formatEventDate, severityLabel, STATUS_LABELS } from '../event-format';

/** One piece of evidence: when, which indicator, how severe, what happened and who says so. Actions are projected. */
@Component({
  selector: 'kem-event-card',
  imports: [LifecycleBadge, MatCardModule],
  templateUrl: './event-card.html',
  styleUrl: './event-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventCard {
  readonly event = input.required<EventView>();
  /** The event's indicator, when known; the key is shown otherwise. */
  readonly indicator = input<IndicatorView | undefined>();

  readonly headingId = computed(() => `event-${this.event().id}-title`);
  readonly indicatorName = computed(() => this.indicator()?.name ?? this.event().indicatorKey);
  readonly start = computed(() => formatEventDate(this.event().date, this.event().datePrecision));
  readonly end = computed(() => {
    const { date, endDate } = this.event();
    return endDate ? { text: formatEventDate(endDate), days: daysInclusive(date, endDate) } : null;
  });
  /** The day we learned of it, when that differs from the day it happened. */
  readonly recorded = computed(() => {
    const { recordedAt, date } = this.event();
    return recordedAt && recordedAt !== date ? formatEventDate(recordedAt) : null;
  });
  readonly severityText = computed(() => `${this.event().severity} of 5 · ${severityLabel(this.event().severity)}`);
  /** Five marks, the first `severity` of them filled: the level reads without colour. */
  readonly pips = computed(() => [1, 2, 3, 4, 5].map((n) => n <= this.event().severity));
  readonly lowConfidence = computed(() => this.event().confidence === 'low');
  readonly statusLabel = computed(() => (this.event().status === 'published' ? null : STATUS_LABELS[this.event().status]));
  readonly stageLabel = computed(() => {
    const { stage } = this.event();
    const method = this.indicator()?.method;
    if (!stage) return null;
    return method?.kind === 'stage' ? (method.stages.find((s) => s.key === stage)?.label ?? stage) : stage;
  });
}
