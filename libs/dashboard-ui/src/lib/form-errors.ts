import { AbstractControl } from '@angular/forms';
import { FieldError } from '@kem/contracts';

/** What the page says above a form whose fields all show the server's messages. */
export const FIELDS_REFUSED = 'The server did not accept some fields: see the message under each one.';

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

/**
 * The message above the form after a refused save: when every field error found its control the fields
 * say it all (`fieldsRefused`), otherwise the answer's own message (`fallback`).
 */
export function saveFailureMessage(
  fieldErrors: readonly FieldError[],
  unmatched: readonly FieldError[],
  fallback: string,
  fieldsRefused = FIELDS_REFUSED,
): string {
  return fieldErrors.length > 0 && unmatched.length === 0 ? fieldsRefused : fallback;
}
