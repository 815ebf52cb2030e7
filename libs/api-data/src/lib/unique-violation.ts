import { QueryFailedError } from 'typeorm';

/**
 * True when a write failed on a unique constraint or unique index (PostgreSQL SQLSTATE 23505,
 * SQLite "UNIQUE constraint failed"). Services turn it into a ConflictError: with several API
 * instances on one database the constraint, not a look-before-insert, keeps duplicates out.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: unknown; message?: unknown } }).driverError;
  if (driverError?.code === '23505') return true;
  const message = typeof driverError?.message === 'string' ? driverError.message : error.message;
  return /UNIQUE constraint failed/i.test(message);
}

/** Runs `work`; if it fails on a unique constraint (a concurrent writer won), throws `conflict()` instead. */
export async function orOnUniqueViolation<T>(work: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
