import { PermissionDeniedError, AuthenticationRequiredError } from '@kem/api-http';
import { Role, roleAtLeast, SESSION_COOKIE } from '@kem/contracts';
import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthenticatedUser } from '../authenticated-user';
import { PUBLIC_ROUTE } from '../decorators/public.decorator';
import { REQUIRED_ROLE } from '../decorators/require-role.decorator';
import { SessionsService } from '../sessions.service';
import { crossSiteProblem, originOf } from './same-origin';

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}

/** Reads the session from the bearer token or the session cookie, saying which. */
export function sessionCredential(req: Request): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return token ? { token, via: 'bearer' } : null;
  }
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/** Reads the session from the bearer token or the session cookie. */
export function sessionToken(req: Request): string | null {
  return sessionCredential(req)?.token ?? null;
}

/**
 * Global guard: identifies the caller on every request, refuses state changes that a session
 * cookie carries from another site (403), then lets through public routes, requires a session
 * elsewhere (401) and the route's least role where one is set (403).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly allowedOrigins: string[];

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowedOrigins = [originOf(config.publicUrl)].filter((o): o is string => o !== null);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const credential = sessionCredential(req);
    if (credential?.via === 'cookie') {
      const problem = crossSiteProblem(req, this.allowedOrigins);
      if (problem) throw new PermissionDeniedError(problem);
    }
    if (credential) req.user = (await this.sessions.resolve(credential.token)) ?? undefined;

    const targets = [context.getHandler(), context.getClass()];
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets);
    if (isPublic && !required) return true;
    if (!req.user) throw new AuthenticationRequiredError('Sign in to use this route');
    if (required && !roleAtLeast(req.user.role, required)) {
      throw new PermissionDeniedError(`This route needs the ${required} role; you are signed in as ${req.user.role}`);
    }
    return true;
  }
}
