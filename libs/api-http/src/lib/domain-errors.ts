import { API_ERROR_CODES, ApiErrorCode, FieldError } from '@kem/contracts';

/**
 * Errors services throw in domain terms; ApiExceptionFilter turns each into its HTTP status and
 * the standard error body. Services never build HTTP responses themselves.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  /** Says which of several meanings a status has (e.g. a 503: computing or an outage). */
  readonly code?: ApiErrorCode;

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

/** The database cannot be reached (connection refused, dropped, file unreadable): an outage, not a missing index. */
export class DatabaseUnavailableError extends DomainError {
  readonly status = 503;
  override readonly code = API_ERROR_CODES.databaseUnavailable;
}

/** Error codes of PostgreSQL (classes 08, 57P, 3D000) and SQLite, and of the socket, that mean the database is not there. */
const UNREACHABLE =
  /^(08\d{3}|57P0[1-4]|3D000|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EPIPE|SQLITE_CANTOPEN|SQLITE_IOERR|SQLITE_NOTADB|SQLITE_CORRUPT)/;
const UNREACHABLE_TEXT =
  /Connection terminated|connection (is )?not established|not connected|timeout exceeded when trying to connect|Cannot use a pool after calling end|database .* does not exist/i;

/**
 * True when `error` (as TypeORM, pg or sqlite3 throw it) says the database cannot be reached, as
 * opposed to a query the database refused.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: unknown; driverError?: { code?: unknown; message?: unknown } };
  const codes = [e.code, e.driverError?.code].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => UNREACHABLE.test(c))) return true;
  if (['CannotExecuteNotConnectedError', 'ConnectionNotFoundError', 'ConnectionIsNotSetError'].includes(e.name)) return true;
  return UNREACHABLE_TEXT.test(e.message) || (typeof e.driverError?.message === 'string' && UNREACHABLE_TEXT.test(e.driverError.message));
}
