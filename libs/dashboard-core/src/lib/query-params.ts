import { HttpParams } from '@angular/common/http';

/** Query parameters from a query object: only the values that are set, blank text left out, text trimmed. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') params = params.set(name, text);
  }
  return params;
}
