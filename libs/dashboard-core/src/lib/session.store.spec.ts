import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { UserView } from '@kem/contracts';
import { firstValueFrom } from 'rxjs';
import { sessionExpiryInterceptor } from './session-expiry.interceptor';
import { SessionStore } from './session.store';

const analyst: UserView = {
  id: 2,
  email: 'analyst@example.com',
  displayName: 'Ana',
  role: 'analyst',
  active: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  lastLoginAt: null,
};

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([sessionExpiryInterceptor])), provideHttpClientTesting()],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('treats a 401 from /api/auth/me as signed out', async () => {
    const checked = store.ensureChecked();
    http.expectOne('/api/auth/me').flush({ message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
    expect(await checked).toBeNull();
    expect(store.signedIn()).toBe(false);
  });

  it('treats the 204 an anonymous visitor gets as signed out (no error for the browser to log)', async () => {
    const checked = store.ensureChecked();
    http.expectOne('/api/auth/me').flush(null, { status: 204, statusText: 'No Content' });
    expect(await checked).toBeNull();
    expect(store.signedIn()).toBe(false);
  });

  it('changes the own password with the current one', async () => {
    const changed = store.changePassword({ currentPassword: 'old-password-1', newPassword: 'new-password-12' });
    const req = http.expectOne('/api/auth/password');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ currentPassword: 'old-password-1', newPassword: 'new-password-12' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await expect(changed).resolves.toBeUndefined();
  });

  it('asks the server only once per page load', async () => {
    const first = store.ensureChecked();
    const second = store.ensureChecked();
    http.expectOne('/api/auth/me').flush(analyst);
    expect(await first).toEqual(analyst);
    expect(await second).toEqual(analyst);
  });

  it('signs in, knows the role, and forgets the user when any call later answers 401', async () => {
    const signedIn = store.signIn('analyst@example.com', 'pw');
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: 'analyst@example.com', password: 'pw' });
    req.flush({ user: analyst, token: 't', expiresAt: '2026-11-02T00:00:00.000Z' });
    await signedIn;
    expect(store.hasRole('analyst')).toBe(true);
    expect(store.hasRole('admin')).toBe(false);

    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/users')).catch(() => undefined);
    http.expectOne('/api/users').flush({}, { status: 401, statusText: 'Unauthorized' });
    await call;
    expect(store.user()).toBeNull();
  });
});
