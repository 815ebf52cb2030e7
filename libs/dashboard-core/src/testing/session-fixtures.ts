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
    const user: UserView = { id: 9, email, displayName: null, role, active: true, createdAt: '', lastLoginAt: null };
    me.flush(user);
  } else {
    me.flush({ statusCode: 401, message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
  }
  await checked;
}
