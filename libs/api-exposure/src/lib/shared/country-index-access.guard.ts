import type { AuthenticatedUser } from '@kem/api-auth';
import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { AuthenticationRequiredError } from '@kem/api-http';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';

/** Country-index routes: the index and its views, and the indicator series. */
export const COUNTRY_INDEX_PATH = /^\/api\/(index(\/|$|\?)|indicators\/[^/?]+\/series)/;

/**
 * PUBLIC_COUNTRY_INDEX=false: the country index routes (public by default) need a signed-in user.
 * Runs after the global AuthGuard (AuthModule is imported first), which has identified the caller.
 */
@Injectable()
export class CountryIndexAccessGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.publicCountryIndex) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    if (!COUNTRY_INDEX_PATH.test(req.originalUrl ?? req.url) || req.user) return true;
    throw new AuthenticationRequiredError(
      'Sign in to see the country index: this deployment does not publish it (PUBLIC_COUNTRY_INDEX=false)',
    );
  }
}
