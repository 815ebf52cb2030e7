import { ApiError } from '@kem/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { DatabaseUnavailableError, DomainError, isDatabaseUnavailable } from './domain-errors';

/** Every error leaves the API as JSON in the ApiError shape; unexpected ones are logged, never leaked. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(caught: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const outage = !(caught instanceof DomainError) && !(caught instanceof HttpException) && isDatabaseUnavailable(caught);
    if (outage) this.logger.error(`Database unreachable: ${caught instanceof Error ? caught.message : String(caught)}`);
    const exception = outage
      ? new DatabaseUnavailableError(
          'The database cannot be reached right now, so nothing can be read or saved. Try again in a few minutes; if it lasts, tell your administrator.',
        )
      : caught;
    const body = this.toApiError(exception);
    const expected = exception instanceof DomainError || exception instanceof HttpException;
    if (body.statusCode >= 500 && !expected) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof DomainError) {
      return { ...this.body(exception.status, exception.message, exception.errors), ...(exception.code ? { code: exception.code } : {}) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload !== null) {
        const { message, errors } = payload as { message?: unknown; errors?: ApiError['errors'] };
        const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
        return this.body(status, text, errors);
      }
      return this.body(status, String(payload));
    }
    return this.body(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
  }

  private body(statusCode: number, message: string, errors?: ApiError['errors']): ApiError {
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(errors?.length ? { errors } : {}) };
  }
}
