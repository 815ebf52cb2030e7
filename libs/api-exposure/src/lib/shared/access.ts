import type { AuthenticatedUser } from '@kem/api-auth';

/** Owners and admins may read and change a private record; everybody else is told it does not exist (404). */
export function canManage(user: Pick<AuthenticatedUser, 'id' | 'role'>, ownerId: number): boolean {
  return user.role === 'admin' || user.id === ownerId;
}
