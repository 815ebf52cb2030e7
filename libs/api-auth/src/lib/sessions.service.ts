import { CLOCK, Clock } from '@kem/api-config';
import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { SessionEntity, UserEntity } from '@kem/api-data';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { AuthenticatedUser } from './authenticated-user';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opaque, revocable session tokens: 256 random bits handed out once, stored only as a hash. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(user: UserEntity): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.session.ttlHours * 3_600_000);
    await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    await this.sessions.insert({ tokenHash: hashToken(token), userId: user.id, expiresAt });
    return { token, expiresAt };
  }

  /** The active user behind a token, or null for unknown, expired or deactivated sessions. */
  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    if (!session?.user || !session.user.active || session.expiresAt.getTime() <= this.clock.now().getTime()) return null;
    return { id: session.user.id, email: session.user.email, role: session.user.role, sessionId: session.id };
  }

  async revoke(sessionId: number): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async revokeAllOf(userId: number): Promise<void> {
    await this.sessions.delete({ userId });
  }
}
