import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_ROUTES } from '@kem/contracts';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from './session.store';

/** A 401 from any API call other than sign-in means the session is gone: forget the user. */
export const sessionExpiryInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionStore);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !req.url.endsWith(API_ROUTES.login)) {
        session.forget();
      }
      return throwError(() => error);
    }),
  );
};
