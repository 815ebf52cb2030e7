import { ArgumentsHost, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter';
import { DomainError, isDatabaseUnavailable } from './domain-errors';

class ComputingError extends DomainError {
  readonly status = 503;
  override readonly code = 'index-computing' as const;
}

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  new ApiExceptionFilter().catch(exception, host);
  return sent;
}

const driverError = (code: string, message = 'failed') => new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

describe('ApiExceptionFilter: 503s that say what they are', () => {
  afterEach(() => jest.restoreAllMocks());

  it('names an index still being computed by its code', () => {
    expect(answer(new ComputingError('The index of "Default" is being computed'))).toEqual({
      status: 503,
      body: { statusCode: 503, error: 'Service Unavailable', message: 'The index of "Default" is being computed', code: 'index-computing' },
    });
  });

  it('turns an unreachable database into a 503 database-unavailable with a true sentence, not a 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (const error of [
      refused,
      driverError('57P01', 'terminating connection due to administrator command'),
      driverError('SQLITE_CANTOPEN'),
      new Error('Connection terminated unexpectedly'),
    ]) {
      const { status, body } = answer(error);
      expect(status).toBe(503);
      expect(body['code']).toBe('database-unavailable');
      expect(body['message']).toMatch(/database cannot be reached/);
      expect(body['message']).not.toMatch(/computed/);
    }
  });

  it('leaves other failures alone: a refused query stays a 500 without details', () => {
    expect(isDatabaseUnavailable(driverError('23502', 'null value in column'))).toBe(false);
    expect(answer(driverError('42P01', 'relation "x" does not exist'))).toEqual({
      status: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' },
    });
  });
});
