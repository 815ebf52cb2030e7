import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EVENT_STATUSES, EVENT_TEXT_MIN_LENGTH, EventStatus, IndicatorView } from '@kem/contracts';
import { filterFormSync } from '@kem/dashboard-core';
import { DayRangeFields } from '@kem/dashboard-ui';
import { STATUS_LABELS } from '../event-format';

/** The filters of the events timeline; every one is optional and mirrors a query parameter of GET /api/events. */
export interface EventFilterValue {
  indicator?: string;
  from?: string;
  to?: string;
  q?: string;
  status?: EventStatus;
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

  readonly textMinLength = EVENT_TEXT_MIN_LENGTH;
  readonly statuses = EVENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
  readonly form = inject(FormBuilder).nonNullable.group({ indicator: '', from: '', to: '', q: '', status: '' });
  readonly filters = filterFormSync<EventFilterValue>(this.form, {
    value: this.value,
    emit: (value) => this.changed.emit(value),
    text: 'q',
    textMinLength: EVENT_TEXT_MIN_LENGTH,
  });
}
