import { HttpErrorResponse } from '@angular/common/http';
import { FieldError } from '@kem/contracts';

/** The per-field problems a 400 or 409 names (ApiError.errors), if any. */
export function apiFieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof HttpErrorResponse) || (error.status !== 400 && error.status !== 409)) return [];
  const body = error.error as { errors?: unknown } | null;
  return Array.isArray(body?.errors) ? (body.errors as FieldError[]).filter((e) => typeof e?.field === 'string') : [];
}

/** The message for `field`, if the error names it. */
export function fieldError(errors: readonly FieldError[], field: string): string | null {
  return errors.find((e) => e.field === field)?.message ?? null;
}
