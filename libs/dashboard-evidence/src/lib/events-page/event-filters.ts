import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EVENT_STATUSES, EventStatus, IndicatorView } from '@kem/contracts';
import { DayRangeFields } from '@kem/dashboard-ui';
import { isIsoDay } from '@kem/scoring';
import { debounceTime, merge } from 'rxjs';
import { STATUS_LABELS } from '../event-format';

/** The filters of the events timeline; every one is optional and mirrors a query parameter of GET /api/events. */
export interface EventFilterValue {
  indicator?: string;
  from?: string;
  to?: string;
  q?: string;
  status?: EventStatus;
}

/** How long typing may pause before the text filter applies. */
export const TEXT_FILTER_DEBOUNCE_MS = 300;

const FIELDS = ['indicator', 'from', 'to', 'q', 'status'] as const;

export function sameFilters(a: EventFilterValue, b: EventFilterValue): boolean {
  return FIELDS.every((f) => (a[f] || undefined) === (b[f] || undefined));
}

@Component({
  selector: 'kem-event-filters',
  imports: [DayRangeFields, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './event-filters.html',
  styleUrl: './event-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventFilters {
  readonly indicators = input<IndicatorView[]>([]);
  /** The filters in force (from the address bar). */
  readonly value = input<EventFilterValue>({});
  /** Analysts may filter by status; others only ever see published events. */
  readonly showStatus = input(false);
  readonly changed = output<EventFilterValue>();

  readonly statuses = EVENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
  readonly rangeError = signal(false);
  private lastEmitted: EventFilterValue | null = null;

  readonly form = inject(FormBuilder).nonNullable.group({ indicator: '', from: '', to: '', q: '', status: '' });

  constructor() {
    effect(() => {
      const value = this.value();
      const ownChange = this.lastEmitted !== null && sameFilters(value, this.lastEmitted);
      this.lastEmitted = null;
      // Our own change coming back through the URL: leave the fields alone so typing is not interrupted.
      if (ownChange) return;
      this.form.setValue(
        { indicator: value.indicator ?? '', from: value.from ?? '', to: value.to ?? '', q: value.q ?? '', status: value.status ?? '' },
        { emitEvent: false },
      );
    });
    const { indicator, from, to, q, status } = this.form.controls;
    merge(
      q.valueChanges.pipe(debounceTime(TEXT_FILTER_DEBOUNCE_MS)),
      indicator.valueChanges,
      from.valueChanges,
      to.valueChanges,
      status.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.apply());
  }

  /** Applies the filters now (also on Enter in the text field). */
  apply(): void {
    const raw = this.form.getRawValue();
    // A day still being typed ("4 Dec") is not a filter yet.
    if ([raw.from, raw.to].some((day) => day !== '' && !isIsoDay(day))) return;
    const next: EventFilterValue = {
      indicator: raw.indicator || undefined,
      from: raw.from || undefined,
      to: raw.to || undefined,
      q: raw.q.trim() || undefined,
      status: (raw.status || undefined) as EventStatus | undefined,
    };
    this.rangeError.set(!!next.from && !!next.to && next.from > next.to);
    if (this.rangeError()) return;
    if (sameFilters(next, this.value()) || (this.lastEmitted && sameFilters(next, this.lastEmitted))) return;
    this.lastEmitted = next;
    this.changed.emit(next);
  }

  clear(): void {
    this.form.setValue({ indicator: '', from: '', to: '', q: '', status: '' }, { emitEvent: false });
    this.apply();
  }
}
