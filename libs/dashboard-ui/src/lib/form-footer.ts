import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/**
 * The end of an editor's form: why the last save failed, a progress bar while saving, and the projected
 * buttons (Cancel, then the submit button), right-aligned.
 */
@Component({
  selector: 'kem-form-footer',
  imports: [MatProgressBarModule],
  template: `
    @if (error(); as message) {
      <p class="form-error" role="alert">{{ message }}</p>
    }
    @if (saving()) {
      <mat-progress-bar mode="indeterminate" aria-label="Saving" />
    }
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: contents;
    }
    .form-error {
      color: #8c1d18;
      font-weight: 600;
    }
    .actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormFooter {
  /** Why the last save failed; null: it did not. */
  readonly error = input<string | null>(null);
  readonly saving = input(false);
}
