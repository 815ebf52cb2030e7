import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { ApiViewSent, AuthenticationRequiredError, NotFoundError, ROUTES } from '@kem/api-http';
import { LoginResponse, SESSION_COOKIE, UserView } from '@kem/contracts';
import { Body, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { AuthenticatedUser, toUserView } from './authenticated-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { ActionEndpoint, ApiController } from './decorators/endpoint.decorator';
import { Public } from './decorators/public.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { AuthenticatedRequest, sessionCredential } from './guards/auth.guard';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

@ApiController('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ActionEndpoint(ROUTES.login, 'LoginResponse', {
    access: 'public',
    summary: 'Sign in: sets the httpOnly session cookie and returns the same token for bearer use',
    answer: 'Signed in; the session cookie is set',
  })
  @UseGuards(ThrottlerGuard)
  @ApiTooManyRequestsResponse({ description: 'Too many sign-in attempts from this address' })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const user = await this.users.verifyCredentials(body.email, body.password);
    if (!user) throw new AuthenticationRequiredError('E-mail or password is incorrect');
    const session = await this.sessions.issue(user);
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.session.cookieSecure,
      path: '/',
      // A lifetime, not an end instant: the browser's clock need not agree with the API's (KEM_NOW).
      maxAge: this.config.session.ttlHours * 3_600_000,
    });
    return { user: toUserView(user), token: session.token, expiresAt: session.expiresAt.toISOString() };
  }

  /**
   * Public so that the dashboard can ask on every page without an anonymous visitor's browser
   * logging a 401: no credential, or a cookie whose session has ended (the cookie is then cleared),
   * answers 204 No Content. A bearer token that is not (or no longer) valid is still a 401.
   */
  @ApiViewSent('UserView', 'The signed-in user')
  @Public()
  @Get(ROUTES.me)
  @ApiOperation({ summary: 'The signed-in user; 204 without a body for an anonymous caller' })
  @ApiNoContentResponse({ description: 'Nobody is signed in (no credential, or a session cookie whose session has ended)' })
  async me(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<UserView | undefined> {
    const credential = sessionCredential(req);
    if (!req.user) {
      if (credential?.via === 'bearer') throw new AuthenticationRequiredError('Sign in to use this route');
      if (credential?.via === 'cookie') res.clearCookie(SESSION_COOKIE, { path: '/' });
      res.status(204);
      return undefined;
    }
    const user = await this.users.findByEmail(req.user.email);
    if (!user) throw new NotFoundError('Your account no longer exists');
    return toUserView(user);
  }

  @UseGuards(ThrottlerGuard)
  @Post(ROUTES.password)
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your own password: needs the current one; ends your other sessions, keeps this one; audited' })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async changePassword(@Body() body: ChangePasswordDto, @CurrentUser() caller: AuthenticatedUser): Promise<void> {
    await this.users.changeOwnPassword(caller, body.currentPassword, body.newPassword);
  }

  @Post(ROUTES.logout)
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookie' })
  async logout(@CurrentUser() caller: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
