import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '@kem/contracts';
import { SessionStore } from '@kem/dashboard-core';

/** Lets signed-in users with at least `role` through; others go to the sign-in page and come back. */
export function requireRole(role: Role): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const user = await session.ensureChecked().catch(() => null);
    if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return session.hasRole(role) ? true : router.createUrlTree(['/forbidden']);
  };
}
