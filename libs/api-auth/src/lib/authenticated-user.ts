import { Role, UserView } from '@kem/contracts';
import { UserEntity } from '@kem/api-data';

/** Who is calling, as the auth guard attaches it to the request. */
export interface AuthenticatedUser {
  id: number;
  email: string;
  role: Role;
  sessionId: number;
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
  };
}
