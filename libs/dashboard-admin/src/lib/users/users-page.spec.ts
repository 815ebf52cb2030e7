import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { aUser, renderPage } from '@kem/dashboard-core/testing';
import { lastAdminMessage } from './user-messages';
import { UsersPage } from './users-page';

const ADMIN = aUser({ id: 9, email: 'admin@example.com' });
const ANALYST = aUser({ id: 2, email: 'ana@example.com', displayName: 'Ana', role: 'analyst', lastLoginAt: null });
const GONE = aUser({ id: 3, email: 'gone@example.com', displayName: null, role: 'viewer', active: false });
const LAST_ADMIN = (field: 'role' | 'active') => ({
  statusCode: 409,
  error: 'Conflict',
  message: 'This is the last active admin: make another user admin first',
  errors: [{ field, message: 'would leave no active admin' }],
});

describe('UsersPage', () => {
  async function open() {
    const page = await renderPage(UsersPage, { signedInAs: 'admin' });
    page.http.expectOne('/api/users').flush([GONE, ANALYST, ADMIN]);
    await page.stable();
    return { ...page, loader: TestbedHarnessEnvironment.loader(page.fixture) };
  }

  const row = (el: HTMLElement, email: string) => el.querySelector(`tr[data-user="${email}"]`) as HTMLElement;
  const roleSelect = (loader: ReturnType<typeof TestbedHarnessEnvironment.loader>, email: string) =>
    loader.getHarness(MatSelectHarness.with({ selector: `tr[data-user="${email}"] mat-select` }));
  const fill = (el: HTMLElement, testId: string, value: string) => {
    const input = el.querySelector(`[data-testid=${testId}]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('lists active users first, marks the signed-in admin and counts active admins', async () => {
    const { el } = await open();
    expect(Array.from(el.querySelectorAll('tbody tr[data-user]')).map((r) => r.getAttribute('data-user'))).toEqual([
      'admin@example.com',
      'ana@example.com',
      'gone@example.com',
    ]);
    expect(row(el, 'admin@example.com').textContent).toContain('(you)');
    expect(row(el, 'ana@example.com').textContent).toContain('never');
    expect(row(el, 'gone@example.com').textContent).toContain('Deactivated');
    expect(el.querySelector('caption')?.textContent).toContain('3 accounts, 1 active admin');
  });

  it('creates a user, and shows a taken e-mail next to the field', async () => {
    const { http, el, stable } = await open();
    fill(el, 'new-email', 'new@example.com');
    fill(el, 'new-password', 'short');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();
    http.expectNone({ method: 'POST' });
    expect(el.querySelector('kem-new-user-form mat-error')?.textContent).toContain('At least 12 characters');

    fill(el, 'new-password', 'correct-horse-battery');
    fill(el, 'new-name', ' Nia ');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    const first = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(first.request.body).toEqual({ email: 'new@example.com', password: 'correct-horse-battery', role: 'viewer', displayName: 'Nia' });
    first.flush(
      { statusCode: 409, error: 'Conflict', message: 'exists', errors: [{ field: 'email', message: 'already in use' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(el.querySelector('kem-new-user-form mat-error')?.textContent).toContain('A user with this e-mail already exists');

    fill(el, 'new-email', 'nia@example.com');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'POST', url: '/api/users' }).flush(aUser({ id: 5, email: 'nia@example.com', role: 'viewer' }));
    await stable();
    expect(row(el, 'nia@example.com')).not.toBeNull();
    expect(el.querySelector('[data-testid=notice]')?.textContent).toContain('Created nia@example.com as viewer');
    expect((el.querySelector('[data-testid=new-email]') as HTMLInputElement).value).toBe('');
  });

  it('changes a role', async () => {
    const { http, el, stable, loader } = await open();
    await (await roleSelect(loader, 'ana@example.com')).clickOptions({ text: 'admin' });
    const req = http.expectOne({ method: 'PATCH', url: '/api/users/2' });
    expect(req.request.body).toEqual({ role: 'admin' });
    req.flush({ ...ANALYST, role: 'admin' });
    await stable();
    expect(el.querySelector('caption')?.textContent).toContain('2 active admins');
  });

  it('explains the last-admin rule when demoting the last admin is refused, and shows the old role again', async () => {
    const { http, el, stable, loader } = await open();
    const select = await roleSelect(loader, 'admin@example.com');
    await select.clickOptions({ text: 'viewer' });
    http.expectOne({ method: 'PATCH', url: '/api/users/9' }).flush(LAST_ADMIN('role'), { status: 409, statusText: 'Conflict' });
    await stable();
    const message = el.querySelector('[data-testid=row-error]');
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toContain(
      'admin@example.com is the last active admin and cannot be given another role: make another user an admin first',
    );
    expect(await select.getValueText()).toBe('admin');
  });

  it('deactivates after confirming, explains the last-admin rule, and reactivates', async () => {
    const { http, el, stable } = await open();
    (row(el, 'admin@example.com').querySelector('button') as HTMLButtonElement).click();
    await stable();
    expect(document.body.querySelector('mat-dialog-container')?.textContent).toContain('You will be signed out');
    (document.body.querySelector('[data-testid=confirm]') as HTMLButtonElement).click();
    await stable();
    const req = http.expectOne({ method: 'PATCH', url: '/api/users/9' });
    expect(req.request.body).toEqual({ active: false });
    req.flush(LAST_ADMIN('active'), { status: 409, statusText: 'Conflict' });
    await stable();
    expect(el.querySelector('[data-testid=row-error]')?.textContent).toContain('cannot be deactivated');
    expect(row(el, 'admin@example.com').textContent).toContain('Active');

    (row(el, 'gone@example.com').querySelector('button') as HTMLButtonElement).click();
    const activate = http.expectOne({ method: 'PATCH', url: '/api/users/3' });
    expect(activate.request.body).toEqual({ active: true });
    activate.flush({ ...GONE, active: true });
    await stable();
    expect(row(el, 'gone@example.com').textContent).toContain('Active');
  });

  it('reads the last-admin rule only from a matching field error', () => {
    expect(lastAdminMessage(ADMIN, [{ field: 'email', message: 'already in use' }])).toBeNull();
    expect(lastAdminMessage(ADMIN, [{ field: 'active', message: 'would leave no active admin' }])).toContain('cannot be deactivated');
  });
});
