import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { UserView } from '@kem/contracts';
import { aUser } from '@kem/dashboard-core/testing';
import { App } from './app';

describe('App shell', () => {
  /** Renders the shell and answers its sign-in check: with `signedIn`, or 204 for an anonymous visitor. */
  async function render(signedIn: UserView | null) {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(App);
    const me = TestBed.inject(HttpTestingController).expectOne('/api/auth/me');
    if (signedIn) me.flush(signedIn);
    else me.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows who is signed in, with their role', async () => {
    const el = await render(aUser({ email: 'risk@example.com', displayName: null, role: 'analyst' }));
    expect(el.querySelector('[data-testid=signed-in-user]')?.textContent).toContain('risk@example.com (analyst)');
    expect(el.textContent).toContain('Sign out');
  });

  it('offers sign-in to anonymous visitors (the API answers their check with 204) and links the report', async () => {
    const el = await render(null);
    expect(el.querySelector('[data-testid=signed-in-user]')).toBeNull();
    expect(el.querySelector('a[href="/login"]')?.textContent).toContain('Sign in');
    expect(el.querySelector('.wide-nav a[href="/report"]')?.textContent).toContain('Report');
  });

  it('links the signed-in user to their account page', async () => {
    const el = await render(aUser({ email: 'risk@example.com', displayName: null, role: 'viewer' }));
    expect(el.querySelector('[data-testid=signed-in-user]')?.getAttribute('href')).toBe('/account');
    expect(Array.from(el.querySelectorAll('.wide-nav a')).map((a) => a.textContent?.trim())).toContain('Our exposure');
  });
});
