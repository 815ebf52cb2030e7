import { signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { FieldError } from '@kem/contracts';
import { Observable } from 'rxjs';
import { saveFailureMessage } from './field-errors';

/** What an editor says above a form it will not send. */
export const FIELDS_NEED_ATTENTION = 'Some fields need attention: see the message under each one.';

/**
 * An editor's save: an invalid form is not sent (every field marked touched, a message above), one request
 * at a time, and a refusal puts the answer's field errors on the form (`putOnFields`, which returns those
 * naming no field) and says why in `error`.
 */
export function formSave(form: AbstractControl, putOnFields: (fieldErrors: FieldError[]) => readonly FieldError[]) {
  const saving = signal(false);
  const error = signal<string | null>(null);
  return {
    saving: saving.asReadonly(),
    error: error.asReadonly(),
    /** Sends `request()` unless a save is running or the form is invalid; `saved` gets the answer (saving stays on, as the editor leaves). */
    run<T>(request: () => Observable<T>, saved: (answer: T) => void): void {
      if (saving()) return;
      if (form.invalid) {
        form.markAllAsTouched();
        error.set(FIELDS_NEED_ATTENTION);
        return;
      }
      saving.set(true);
      error.set(null);
      request().subscribe({
        next: saved,
        error: (refusal: unknown) => {
          error.set(saveFailureMessage(refusal, putOnFields));
          saving.set(false);
        },
      });
    },
  };
}
