import { PermissionDeniedError, AuthenticationRequiredError } from '@kem/api-http';
import { Role, roleAtLeast, SESSION_COOKIE } from '@kem/contracts';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthenticatedUser } from '../authenticated-user';
import { PUBLIC_ROUTE } from '../decorators/public.decorator';
import { REQUIRED_ROLE } from '../decorators/require-role.decorator';
import { SessionsService } from '../sessions.service';

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}

/** Reads the session from the bearer token or the session cookie. */
export function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/**
 * Global guard: identifies the caller on every request, then lets through public routes, requires
 * a session elsewhere (401) and the route's least role where one is set (403).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionToken(req);
    if (token) req.user = (await this.sessions.resolve(token)) ?? undefined;

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
