import { ApiError } from '@kem/contracts';
import express, { ErrorRequestHandler, RequestHandler } from 'express';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

const PROBLEMS: Record<string, { status: number; message: (e: BodyParserError) => string }> = {
  'entity.parse.failed': { status: 400, message: (e) => `Malformed JSON body: ${e.message}` },
  'entity.too.large': { status: 413, message: (e) => `Request body is larger than the limit of ${e.limit} bytes` },
  'encoding.unsupported': { status: 415, message: (e) => e.message },
  'charset.unsupported': { status: 415, message: (e) => e.message },
  'request.aborted': { status: 400, message: () => 'Request body was aborted' },
};

/**
 * JSON and CSV body parsers plus an error handler that answers their failures in the API's error
 * shape; Nest's own parsers are switched off so that malformed or oversized bodies never reach a route.
 */
export function bodyParsing(limitBytes: number): Array<RequestHandler | ErrorRequestHandler> {
  const handleErrors: ErrorRequestHandler = (error: BodyParserError, _req, res, next) => {
    const problem = error.type ? PROBLEMS[error.type] : undefined;
    if (!problem) return next(error);
    const body: ApiError = {
      statusCode: problem.status,
      error: problem.status === 413 ? 'Payload Too Large' : problem.status === 415 ? 'Unsupported Media Type' : 'Bad Request',
      message: problem.message(error),
    };
    res.status(problem.status).json(body);
  };
  return [
    express.json({ limit: limitBytes, strict: true }),
    express.text({ type: ['text/csv', 'text/plain'], limit: limitBytes }),
    handleErrors,
  ];
}
