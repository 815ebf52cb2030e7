import { CLOCK, Clock } from '@kem/api-config';
import { AuditActor, AuditTrail, SessionEntity, UserEntity } from '@kem/api-data';
import { ConflictError, InvalidInputError, NotFoundError } from '@kem/api-http';
import { Role } from '@kem/contracts';
import { Injectable, Inject } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Not, Repository } from 'typeorm';
import { PasswordHasher } from './password-hasher';

export interface UserChange {
  role?: Role;
  active?: boolean;
  displayName?: string | null;
  password?: string;
}

const auditFields = (u: UserEntity) => ({ email: u.email, role: u.role, active: u.active, displayName: u.displayName });

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  displayName?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { email: 'ASC' } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  countActiveAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin', active: true });
  }

  /** Creates an account; `actor` is null only for the initial admin created at first start. */
  async create(input: NewUser, actor: AuditActor | null = null): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.existsBy({ email }))
      throw new ConflictError(`A user with e-mail ${email} already exists`, [{ field: 'email', message: 'already in use' }]);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          role: input.role,
          displayName: input.displayName?.trim() || null,
          passwordHash,
          active: true,
          lastLoginAt: null,
        }),
      );
      if (actor)
        await this.audit.record(manager, actor, { action: 'user.create', entityType: 'user', entityId: user.id, after: auditFields(user) });
      return user;
    });
  }

  /**
   * Changes role, activity, name or password. The last active admin can be neither demoted nor
   * deactivated; deactivating or a new password ends the account's sessions.
   */
  async update(id: number, change: UserChange, actor: AuditActor): Promise<UserEntity> {
    if (Object.values(change).every((v) => v === undefined)) throw new InvalidInputError('Send at least one field to change');
    const passwordHash = change.password ? await this.hasher.hash(change.password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id });
      if (!user) throw new NotFoundError(`User ${id} does not exist`);
      const losesAdmin =
        user.role === 'admin' && user.active && ((change.role !== undefined && change.role !== 'admin') || change.active === false);
      if (losesAdmin && (await manager.countBy(UserEntity, { role: 'admin', active: true })) <= 1) {
        const field = change.active === false ? 'active' : 'role';
        throw new ConflictError('This is the last active admin: make another user admin first', [
          { field, message: 'would leave no active admin' },
        ]);
      }
      const before = auditFields(user);
      const patch: Partial<UserEntity> = {};
      if (change.role !== undefined) patch.role = change.role;
      if (change.active !== undefined) patch.active = change.active;
      if (change.displayName !== undefined) patch.displayName = change.displayName?.trim() || null;
      if (passwordHash) patch.passwordHash = passwordHash;
      await manager.update(UserEntity, { id }, patch);
      if (change.active === false || passwordHash) await manager.delete(SessionEntity, { userId: id });
      const updated = await manager.findOneByOrFail(UserEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before,
        after: { ...auditFields(updated), ...(passwordHash ? { password: 'changed' } : {}) },
      });
      return updated;
    });
  }

  /**
   * The signed-in user changes their own password: the current one must match (else 400 naming
   * currentPassword), the new one must differ; every other session of the account ends, the
   * caller's own stays. Audited as user.password (no password or hash in the record).
   */
  async changeOwnPassword(caller: AuditActor & { sessionId: number }, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOneBy({ id: caller.id });
    if (!user?.active || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new InvalidInputError('The current password is not correct', [
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    if (currentPassword === newPassword) {
      throw new InvalidInputError('The new password must differ from the current one', [
        { field: 'newPassword', message: 'is the same as the current password' },
      ]);
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      const ended = await manager.delete(SessionEntity, { userId: user.id, id: Not(caller.sessionId) });
      await this.audit.record(manager, caller, {
        action: 'user.password',
        entityType: 'user',
        entityId: user.id,
        after: { password: 'changed', otherSessionsEnded: ended.affected ?? 0 },
      });
    });
  }

  /** The user when the password matches an active account; null otherwise, in the same time either way. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.findByEmail(email);
    const ok = await this.hasher.verify(user?.active ? user.passwordHash : null, password);
    if (!ok || !user) return null;
    user.lastLoginAt = this.clock.now();
    await this.users.update({ id: user.id }, { lastLoginAt: user.lastLoginAt });
    return user;
  }
}
