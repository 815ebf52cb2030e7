/**
 * Why a 503 is a 503, for clients that say different things: the index of a new weight version is
 * still being built (try again shortly), or the database cannot be reached (an outage).
 */
export const API_ERROR_CODES = { indexComputing: 'index-computing', databaseUnavailable: 'database-unavailable' } as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[keyof typeof API_ERROR_CODES];

/** Every error the API returns has this shape; `errors` names each field at fault. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
  /** Set on the 503s that mean different things (see API_ERROR_CODES). */
  code?: ApiErrorCode;
}

export interface FieldError {
  field: string;
  message: string;
  /** Line of an uploaded file (CSV imports; the header is line 1). */
  line?: number;
}
