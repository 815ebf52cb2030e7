import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderPage } from '@kem/dashboard-core/testing';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  async function setup(returnUrl?: string) {
    const page = await renderPage(LoginPage, { inputs: { returnUrl } });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    return { ...page, navigate };
  }

  function fill(el: HTMLElement, email: string, password: string) {
    const [emailInput, passwordInput] = Array.from(el.querySelectorAll('input'));
    emailInput.value = email;
    emailInput.dispatchEvent(new Event('input'));
    passwordInput.value = password;
    passwordInput.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  it('sends nothing while the form is incomplete', async () => {
    const { el, http, fixture } = await setup();
    fill(el, 'not-an-email', '');
    await fixture.whenStable();
    http.expectNone('/api/auth/login');
    expect(el.textContent).toContain('Enter an e-mail address');
  });

  it('shows the API message when the password is wrong', async () => {
    const { el, http, fixture } = await setup();
    fill(el, 'admin@example.com', 'wrong');
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, message: 'E-mail or password is incorrect' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('E-mail or password is incorrect');
  });

  it.each([
    { title: 'goes to the dashboard after a direct sign-in', returnUrl: undefined, goesTo: '/' },
    { title: 'returns to the page that asked for sign-in', returnUrl: '/admin/weights', goesTo: '/admin/weights' },
    { title: 'never returns to another site', returnUrl: '//evil.example.com', goesTo: '/' },
  ])('$title', async ({ returnUrl, goesTo }) => {
    const { el, http, fixture, navigate } = await setup(returnUrl);
    fill(el, 'admin@example.com', 'right');
    http.expectOne('/api/auth/login').flush({ user: { email: 'admin@example.com', role: 'admin' }, token: 't', expiresAt: '' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(goesTo);
  });
});
