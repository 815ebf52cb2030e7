import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from './unique-violation';

describe('isUniqueViolation', () => {
  const failed = (driverError: object) =>
    new QueryFailedError('INSERT …', [], Object.assign(new Error((driverError as { message?: string }).message ?? 'failed'), driverError));

  it('recognises PostgreSQL and SQLite unique violations, and nothing else', () => {
    expect(isUniqueViolation(failed({ code: '23505', message: 'duplicate key value violates unique constraint "UQ_x"' }))).toBe(true);
    expect(
      isUniqueViolation(failed({ code: 'SQLITE_CONSTRAINT', message: 'SQLITE_CONSTRAINT: UNIQUE constraint failed: subscription.email' })),
    ).toBe(true);
    expect(isUniqueViolation(failed({ code: '23503', message: 'violates foreign key constraint' }))).toBe(false);
    expect(isUniqueViolation(failed({ code: 'SQLITE_CONSTRAINT', message: 'SQLITE_CONSTRAINT: FOREIGN KEY constraint failed' }))).toBe(
      false,
    );
    expect(isUniqueViolation(new Error('UNIQUE constraint failed'))).toBe(false);
  });
});
