import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DateInput } from './date-input';

/**
 * The From and To days of a filter form, side by side in the form's own row (the host adds no box),
 * with an alert under To while the range runs backwards.
 */
@Component({
  selector: 'kem-day-range-fields',
  imports: [DateInput, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" class="date">
      <mat-label>From</mat-label>
      <input matInput kemDateInput [formControl]="from()" data-testid="from-filter" />
    </mat-form-field>
    <mat-form-field appearance="outline" class="date">
      <mat-label>To</mat-label>
      <input matInput kemDateInput [formControl]="to()" data-testid="to-filter" />
      @if (reversed()) {
        <mat-hint class="range-error" role="alert">“To” must not be before “From”</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
    .date {
      flex: 0 1 170px;
      width: 170px;
    }
    .range-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DayRangeFields {
  readonly from = input.required<FormControl<string>>();
  readonly to = input.required<FormControl<string>>();
  /** To is before From: the filter is not applied until it is fixed. */
  readonly reversed = input(false);
}
