import { HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@kem/contracts';

/** A sentence for the user from whatever went wrong: the API's own message where it sent one. */
export function errorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body.message === 'string') return body.message;
    if (error.status === 0) return 'The server cannot be reached. Check your connection and try again.';
    return `The server answered ${error.status} ${error.statusText}`.trim();
  }
  return error instanceof Error ? error.message : 'Something went wrong';
}
