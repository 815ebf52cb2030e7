import { FieldError } from '@kem/contracts';

/**
 * Errors services throw in domain terms; ApiExceptionFilter turns each into its HTTP status and
 * the standard error body. Services never build HTTP responses themselves.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;

  constructor(
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly status = 400;

  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

export class AuthenticationRequiredError extends DomainError {
  readonly status = 401;
}

export class PermissionDeniedError extends DomainError {
  readonly status = 403;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
}

export class ConflictError extends DomainError {
  readonly status = 409;
}
