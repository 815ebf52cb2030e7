import { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface UserView {
  id: number;
  email: string;
  displayName: string | null;
  role: Role;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** The session token is also set as the httpOnly cookie SESSION_COOKIE; API clients send it as a bearer token. */
export interface LoginResponse {
  user: UserView;
  token: string;
  expiresAt: string;
}

/** POST /api/auth/password: the signed-in user changes their own password (other sessions end). */
export interface ChangePasswordRequest {
  currentPassword: string;
  /** 12–200 characters. */
  newPassword: string;
}

export interface CreateUserRequest {
  email: string;
  password: string;
  role: Role;
  displayName?: string;
}

export const SESSION_COOKIE = 'kem_session';
