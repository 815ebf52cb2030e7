import { TestBed } from '@angular/core/testing';
import { renderPage } from '@kem/dashboard-core/testing';
import { DateLocaleSetting } from '@kem/dashboard-ui';
import { AccountPage } from './account-page';

describe('AccountPage', () => {
  async function render() {
    const { fixture, http, el } = await renderPage(AccountPage, { signedInAs: 'viewer' });
    const field = (name: string) => el.querySelector(`input[formcontrolname=${name}]`) as HTMLInputElement;
    const type = (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (el.querySelector('form button[type=submit]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    /** Lets the answered request's promise settle, then renders. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, http, el, type, submit, settle };
  }

  beforeEach(() => localStorage.clear());

  it('changes the password and says the other sessions were signed out', async () => {
    const { http, el, type, submit, settle } = await render();
    expect(el.querySelector('[data-testid=account-who]')?.textContent).toContain('viewer@example.com, viewer');
    type('currentPassword', 'old-password-1');
    type('newPassword', 'a-new-long-password');
    type('repeat', 'a-new-long-password');
    await submit();
    const req = http.expectOne('/api/auth/password');
    expect(req.request.body).toEqual({ currentPassword: 'old-password-1', newPassword: 'a-new-long-password' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.querySelector('[data-testid=password-changed]')?.textContent).toContain('other sessions have been signed out');
  });

  it('does not send a short or mistyped new password, and puts the server’s refusal under the field', async () => {
    const { http, el, type, submit, settle } = await render();
    type('currentPassword', 'wrong');
    type('newPassword', 'short');
    type('repeat', 'shorter');
    await submit();
    http.expectNone('/api/auth/password');
    expect(el.textContent).toContain('Use at least 12 characters');
    expect(el.textContent).toContain('The two new passwords are not the same');

    type('newPassword', 'a-new-long-password');
    type('repeat', 'a-new-long-password');
    await submit();
    http.expectOne('/api/auth/password').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The current password is not correct',
        errors: [{ field: 'currentPassword', message: 'is not your current password' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.textContent).toContain('This password is not your current password');
    expect(el.querySelector('[data-testid=password-error]')?.textContent).toContain('see the message under the field');
  });

  it('sets how dates are written in this browser', async () => {
    const { fixture, el } = await render();
    fixture.componentInstance.setLocale('en-US');
    await fixture.whenStable();
    expect(TestBed.inject(DateLocaleSetting).locale()).toBe('en-US');
    expect(el.querySelector('[data-testid=date-example]')?.textContent).toContain('Dec 4, 2025');
  });
});
