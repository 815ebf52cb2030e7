import { HttpErrorResponse } from '@angular/common/http';
import { FieldError } from '@kem/contracts';

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
