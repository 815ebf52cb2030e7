import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

/** Uploads a CSV as the multipart field "file"; with `dryRun` the API only checks it and reports what it would do. */
export function uploadCsv<R>(http: HttpClient, url: string, file: File, dryRun: boolean): Observable<R> {
  const body = new FormData();
  body.append('file', file, file.name);
  return http.post<R>(url, body, { params: { dryRun: String(dryRun) } });
}
