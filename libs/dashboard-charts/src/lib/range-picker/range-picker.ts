import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DateInput } from '@kem/dashboard-ui';
import { isIsoDay } from '@kem/scoring';
import { formatDay } from '../format';
import { HISTORY_START, RANGE_PRESETS, RangePreset, RangeSelection } from '../range';

/** Range buttons (1Y, 3Y, 5Y, All) and custom from/to days; emits the chosen range. */
@Component({
  selector: 'kem-range-picker',
  imports: [DateInput, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule],
  templateUrl: './range-picker.html',
  styleUrl: './range-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RangePicker {
  /** The range in force. */
  readonly selection = input.required<RangeSelection>();
  /** The days it covers (shown in the day fields). */
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  /** The last day that may be chosen (today). */
  readonly max = input.required<string>();
  readonly min = input(HISTORY_START);
  readonly selectionChange = output<RangeSelection>();

  readonly presets = RANGE_PRESETS;
  readonly problem = signal<string | null>(null);
  readonly preset = computed(() => {
    const s = this.selection();
    return s.kind === 'preset' ? s.preset : null;
  });

  choose(change: MatButtonToggleChange): void {
    this.problem.set(null);
    this.selectionChange.emit({ kind: 'preset', preset: change.value as RangePreset });
  }

  apply(event: Event, from: string, to: string): void {
    event.preventDefault();
    if (!isIsoDay(from) || !isIsoDay(to)) return this.problem.set('Enter both days, e.g. 4 Dec 2025.');
    if (from > to) return this.problem.set('The first day must not be after the last.');
    if (from < this.min()) return this.problem.set(`The history starts on ${formatDay(this.min())}.`);
    if (to > this.max()) return this.problem.set(`The last day cannot be after ${formatDay(this.max())}.`);
    this.problem.set(null);
    this.selectionChange.emit({ kind: 'custom', from, to });
  }
}
