/** Every error the API returns has this shape; `errors` names each field at fault. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

export interface FieldError {
  field: string;
  message: string;
  /** Line of an uploaded file (CSV imports; the header is line 1). */
  line?: number;
}
