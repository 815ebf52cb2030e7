import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { SessionEntity, UserEntity } from '@kem/api-data';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AuthGuard } from './guards/auth.guard';
import { InitialAdmin } from './initial-admin';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts, sessions and the global guard that every other feature's routes sit behind. */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity]),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: config.loginRateLimit.windowSeconds * 1000, limit: config.loginRateLimit.attempts }],
        errorMessage: 'Too many sign-in attempts; wait a minute and try again',
      }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [PasswordHasher, SessionsService, UsersService, InitialAdmin, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [UsersService, SessionsService],
})
export class AuthModule {}
