import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EVENT_STATUSES, EventStatus, IndicatorView } from '@kem/contracts';
import { filterFormSync } from '@kem/dashboard-core';
import { DayRangeFields } from '@kem/dashboard-ui';
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
  readonly form = inject(FormBuilder).nonNullable.group({ indicator: '', from: '', to: '', q: '', status: '' });
  private readonly sync = filterFormSync(this.form, { value: this.value, emit: (value) => this.changed.emit(value) });
  readonly rangeError = this.sync.reversed;

  constructor() {
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
    this.sync.offer({
      indicator: raw.indicator || undefined,
      from: raw.from || undefined,
      to: raw.to || undefined,
      q: raw.q.trim() || undefined,
      status: (raw.status || undefined) as EventStatus | undefined,
    });
  }

  clear(): void {
    this.sync.show({});
    this.apply();
  }
}
