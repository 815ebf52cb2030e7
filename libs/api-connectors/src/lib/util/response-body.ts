import type { HttpResponse } from '../http/http-transport';
import { SourceFormatError, SourceRequestError } from '../model/errors';
import { htmlToText } from './html-text';

/** The part of a response parsers read; recorded fixtures can be replayed through it. */
export type SourceResponse = Pick<HttpResponse, 'url' | 'status' | 'contentType' | 'body'>;

/** The first `max` characters of a body, whitespace collapsed, for logs and error messages. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}

/** True when the body is markup (HTML or XML) rather than JSON. */
export function looksLikeMarkup(body: string, contentType: string): boolean {
  return /^\s*</.test(body) || /\b(html|xml)\b/i.test(contentType);
}

/** The error for a request the source rejected (4xx other than 429), quoting its text. */
export function rejectedRequest(source: string, response: SourceResponse): SourceRequestError {
  return new SourceRequestError(source, response.url, response.status, excerpt(htmlToText(response.body)) || null);
}

/** True for HTTP 2xx. */
export function isSuccess(response: SourceResponse): boolean {
  return response.status >= 200 && response.status <= 299;
}

/** Throws `SourceRequestError` for a non-2xx status (the transport already retried 5xx and 429). */
export function requireSuccess(source: string, response: SourceResponse): void {
  if (!isSuccess(response)) throw rejectedRequest(source, response);
}

/**
 * Parses a JSON body strictly. An empty body, markup (an HTML error page, World Bank's XML error)
 * or malformed JSON is a `SourceFormatError` carrying the source's own message where there is one.
 */
export function parseJsonBody(source: string, response: SourceResponse): unknown {
  const text = response.body.trim();
  if (text === '') throw new SourceFormatError(source, response.url, `empty body with HTTP ${response.status}`);
  if (!/^[[{]/.test(text) && looksLikeMarkup(text, response.contentType)) {
    const message = excerpt(htmlToText(text));
    throw new SourceFormatError(
      source,
      response.url,
      `expected JSON, got ${response.contentType || 'markup'}: "${message}"`,
      excerpt(text),
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SourceFormatError(source, response.url, `malformed JSON (${detail})`, excerpt(text));
  }
}

/**
 * Reads the JSON answer of a source that may send its errors as JSON with any status: a body that is
 * not JSON is the rejected request when the status is not 2xx, a format error otherwise. `fail`
 * throws a `SourceFormatError` quoting the body. Check the source's own error form before
 * `requireSuccess`, so its message wins over the bare status.
 */
export function readJsonAnswer(source: string, response: SourceResponse): { json: unknown; fail: (reason: string) => never } {
  let json: unknown;
  try {
    json = parseJsonBody(source, response);
  } catch (error) {
    throw isSuccess(response) ? error : rejectedRequest(source, response);
  }
  const fail = (reason: string): never => {
    throw new SourceFormatError(source, response.url, reason, excerpt(response.body));
  };
  return { json, fail };
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
