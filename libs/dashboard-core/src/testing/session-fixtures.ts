import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Role, UserView } from '@kem/contracts';
import { SessionStore } from '../lib/session.store';

/** Makes the SessionStore know a signed-in user of `role` (or nobody), as the app shell would on start. */
export async function signInAs(role: Role | null, email = `${role}@example.com`): Promise<void> {
  const session = TestBed.inject(SessionStore);
  const checked = session.ensureChecked();
  const me = TestBed.inject(HttpTestingController).expectOne('/api/auth/me');
  if (role) {
    me.flush(aUser({ id: 9, email, displayName: null, role, createdAt: '', lastLoginAt: null }));
  } else {
    me.flush({ statusCode: 401, message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
  }
  await checked;
}

/** An account as the API shows it (GET /api/auth/me, GET /api/users): an active admin, with any change a test needs. */
export function aUser(overrides: Partial<UserView> = {}): UserView {
  return {
    id: 1,
    email: 'admin@example.com',
    displayName: 'Ada Admin',
    role: 'admin',
    active: true,
    createdAt: '2026-11-01T08:00:00.000Z',
    lastLoginAt: '2026-11-24T10:00:00.000Z',
    ...overrides,
  };
}
