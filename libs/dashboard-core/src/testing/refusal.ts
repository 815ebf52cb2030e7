import { TestRequest } from '@angular/common/http/testing';
import { FieldError } from '@kem/contracts';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  503: 'Service Unavailable',
};

/** Answers `req` as the API refuses a request: an ApiError body (with the field errors, if any) under `status`. */
export function refuse(req: TestRequest, status: number, message: string, errors?: readonly (FieldError & { line?: number })[]): void {
  const statusText = REASONS[status] ?? 'Error';
  req.flush({ statusCode: status, error: statusText, message, ...(errors ? { errors } : {}) }, { status, statusText });
}
