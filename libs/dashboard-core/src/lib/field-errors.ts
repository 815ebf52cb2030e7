import { HttpErrorResponse } from '@angular/common/http';
import { FieldError } from '@kem/contracts';
import { errorMessage } from './error-message';

/** Answers whose body may name fields (ApiError.errors): 400 (validation) and 409 (a duplicate, or the last-admin rule). */
export const FIELD_ERROR_STATUSES: readonly number[] = [400, 409];

/** The per-field problems an API error names (ApiError.errors), if any; entries without a field name are left out. */
export function apiFieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof HttpErrorResponse) || !FIELD_ERROR_STATUSES.includes(error.status)) return [];
  const body = error.error as { errors?: unknown } | null;
  if (!Array.isArray(body?.errors)) return [];
  return (body.errors as FieldError[]).filter((e) => typeof e?.field === 'string');
}

/** The message for `field`, if the error names it. */
export function fieldError(errors: readonly FieldError[], field: string): string | null {
  return errors.find((e) => e.field === field)?.message ?? null;
}

/** What the page says above a form whose fields all show the server's messages. */
export const FIELDS_REFUSED = 'The server did not accept some fields: see the message under each one.';

/**
 * The message above a form after a refused save. `putOnFields` shows the answer's field errors on the
 * form and returns those that name none of its fields. When every field error found its field the fields
 * say it all (`fieldsRefused`); otherwise the answer's own message.
 */
export function saveFailureMessage(
  error: unknown,
  putOnFields: (fieldErrors: FieldError[]) => readonly FieldError[],
  fieldsRefused = FIELDS_REFUSED,
): string {
  const fieldErrors = apiFieldErrors(error);
  const unmatched = putOnFields(fieldErrors);
  return fieldErrors.length > 0 && unmatched.length === 0 ? fieldsRefused : errorMessage(error);
}
