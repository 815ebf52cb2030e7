import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { AuthenticationRequiredError, NotFoundError } from '@kem/api-http';
import { LoginResponse, SESSION_COOKIE, UserView } from '@kem/contracts';
import { Body, Controller, Get, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiBearerAuth, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { AuthenticatedUser, toUserView } from './authenticated-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { Public } from './decorators/public.decorator';
import { LoginDto } from './dto/login.dto';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

@ApiTags('auth')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets the httpOnly session cookie and returns the same token for bearer use' })
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
      expires: session.expiresAt,
    });
    return { user: toUserView(user), token: session.token, expiresAt: session.expiresAt.toISOString() };
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user' })
  async me(@CurrentUser() caller: AuthenticatedUser): Promise<UserView> {
    const user = await this.users.findByEmail(caller.email);
    if (!user) throw new NotFoundError('Your account no longer exists');
    return toUserView(user);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookie' })
  async logout(@CurrentUser() caller: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
