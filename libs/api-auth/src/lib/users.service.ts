import { UserEntity } from '@kem/api-data';
import { ConflictError } from '@kem/api-http';
import { Role } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PasswordHasher } from './password-hasher';

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  displayName?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
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

  async create(input: NewUser): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) throw new ConflictError(`A user with e-mail ${email} already exists`, [{ field: 'email', message: 'already in use' }]);
    const user = this.users.create({
      email,
      role: input.role,
      displayName: input.displayName?.trim() || null,
      passwordHash: await this.hasher.hash(input.password),
      active: true,
      lastLoginAt: null,
    });
    return this.users.save(user);
  }

  /** The user when the password matches an active account; null otherwise, in the same time either way. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.findByEmail(email);
    const ok = await this.hasher.verify(user?.active ? user.passwordHash : null, password);
    if (!ok || !user) return null;
    user.lastLoginAt = new Date();
    await this.users.update({ id: user.id }, { lastLoginAt: user.lastLoginAt });
    return user;
  }
}
