import { AbstractControl } from '@angular/forms';
import { FieldError } from '@kem/contracts';

/**
 * Puts each field error of an API answer on its control, as the control's `server` error (shown like
 * any other validation message) and marked touched. `controlFor` finds the control a field names;
 * `message` may reword the text. Returns the errors that name no control, for the page to show.
 */
export function applyFieldErrors(
  errors: readonly FieldError[],
  controlFor: (field: string) => AbstractControl | null | undefined,
  message: (error: FieldError) => string = (error) => error.message,
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = controlFor(error.field);
    if (!control) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...control.errors, server: message(error) });
    control.markAsTouched();
  }
  return unmatched;
}
