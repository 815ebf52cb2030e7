import { API_ROUTES, ApiError } from '@kem/contracts';
import express, { ErrorRequestHandler, RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';

/**
 * Deepest nesting of objects and arrays a JSON body may have. The API's deepest body is two levels
 * (a subscription's alert rules, a profile's weights); thousands of levels would otherwise overflow
 * the stack of the recursive steps after parsing (prototype-key stripping, class-transformer).
 */
export const MAX_JSON_DEPTH = 32;

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  limit?: number;
  code?: string;
}

class BodyTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;
  readonly expose = true;
}

/**
 * Nesting depth of a JSON text, counted on the raw bytes before it is parsed (brackets inside
 * strings do not count). Stops as soon as `limit` is passed.
 */
export function jsonDepthExceeds(raw: Buffer | string, limit: number): boolean {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

/** Requests whose JSON body was empty: the parser turns "" into {}, which would pass for "all defaults". */
const emptyBodies = new WeakSet<IncomingMessage>();

const verifyJson = (req: IncomingMessage, _res: unknown, buf: Buffer) => {
  if (buf.length === 0) emptyBodies.add(req);
  if (jsonDepthExceeds(buf, MAX_JSON_DEPTH))
    throw new BodyTooDeepError(`JSON body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`);
};

/** An empty JSON body is no body at all (undefined), so a route that needs one refuses it. */
const emptyIsNoBody: RequestHandler = (req, _res, next) => {
  if (emptyBodies.has(req)) req.body = undefined;
  next();
};

const PROBLEMS: Record<string, { status: number; message: (e: BodyParserError) => string }> = {
  'entity.parse.failed': { status: 400, message: (e) => `Malformed JSON body: ${e.message}` },
  'entity.too.deep': { status: 400, message: (e) => e.message },
  'entity.too.large': { status: 413, message: (e) => `Request body is larger than the limit of ${e.limit} bytes` },
  'entity.verify.failed': { status: 400, message: (e) => e.message },
  'encoding.unsupported': { status: 415, message: (e) => `${e.message}; send the body as it is or encoded with gzip, deflate or br` },
  'charset.unsupported': { status: 415, message: (e) => e.message },
  'request.aborted': { status: 400, message: () => 'Request body was aborted' },
  'request.size.invalid': { status: 400, message: () => 'Request body size does not match its Content-Length' },
};

/** What to answer for an error a body parser raised, or null when it did not come from body parsing. */
export function bodyParserProblem(error: BodyParserError, contentEncoding: string | undefined): { status: number; message: string } | null {
  const known = error.type ? PROBLEMS[error.type] : undefined;
  if (known) return { status: known.status, message: known.message(error) };
  const status = error.status ?? error.statusCode;
  // Decompression failures (zlib's Z_DATA_ERROR, brotli's ERR__ERROR_FORMAT_*) carry status 400 and no type.
  if (
    typeof error.code === 'string' &&
    (error.code.startsWith('Z_') || error.code.startsWith('ERR__ERROR_FORMAT') || error.code === 'ERR_ZLIB_INITIALIZATION_FAILED')
  ) {
    return {
      status: 400,
      message: `The body is not valid ${contentEncoding ?? 'encoded'} data although Content-Encoding says so (${error.message})`,
    };
  }
  if (error.expose && typeof status === 'number' && status >= 400 && status < 500) return { status, message: error.message };
  return null;
}

/** The routes that take a CSV file, which may be larger than other bodies (10,000 rows are several MB). */
const CSV_IMPORT_ROUTES: ReadonlySet<string> = new Set([API_ROUTES.eventsImport, API_ROUTES.observationsImport]);

/**
 * JSON and CSV body parsers plus an error handler that answers their failures in the API's error
 * shape; Nest's own parsers are switched off so that malformed, oversized, wrongly encoded or
 * too deeply nested bodies never reach a route. CSV bodies of the import routes may be up to
 * `importLimitBytes`; every other body up to `limitBytes`.
 */
export function bodyParsing(limitBytes: number, importLimitBytes = limitBytes): Array<RequestHandler | ErrorRequestHandler> {
  const handleErrors: ErrorRequestHandler = (error: BodyParserError, req, res, next) => {
    const problem = bodyParserProblem(error, req.headers['content-encoding']);
    if (!problem) return next(error);
    const body: ApiError = { statusCode: problem.status, error: STATUS_CODES[problem.status] ?? 'Bad Request', message: problem.message };
    res.status(problem.status).json(body);
  };
  return [
    express.json({ limit: limitBytes, strict: true, verify: verifyJson }),
    emptyIsNoBody,
    csvText(limitBytes, importLimitBytes),
    handleErrors,
  ];
}

function csvText(limitBytes: number, importLimitBytes: number): RequestHandler {
  const type = ['text/csv', 'text/plain'];
  const other = express.text({ type, limit: limitBytes });
  const imports = express.text({ type, limit: importLimitBytes });
  // Express matches routes whatever their case and a trailing slash: so does this.
  return (req, res, next) => (CSV_IMPORT_ROUTES.has(req.path.toLowerCase().replace(/\/+$/, '')) ? imports : other)(req, res, next);
}
