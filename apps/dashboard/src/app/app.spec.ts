import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App shell', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(App);
    return { fixture, http: TestBed.inject(HttpTestingController), el: fixture.nativeElement as HTMLElement };
  }

  it('shows who is signed in, with their role', async () => {
    const { fixture, http, el } = await render();
    http
      .expectOne('/api/auth/me')
      .flush({ id: 1, email: 'risk@example.com', displayName: null, role: 'analyst', active: true, createdAt: '', lastLoginAt: null });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=signed-in-user]')?.textContent).toContain('risk@example.com (analyst)');
    expect(el.textContent).toContain('Sign out');
  });

  it('offers sign-in to anonymous visitors (the API answers their check with 204) and links the report', async () => {
    const { fixture, http, el } = await render();
    http.expectOne('/api/auth/me').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=signed-in-user]')).toBeNull();
    expect(el.querySelector('a[href="/login"]')?.textContent).toContain('Sign in');
    expect(el.querySelector('.wide-nav a[href="/report"]')?.textContent).toContain('Report');
  });

  it('links the signed-in user to their account page', async () => {
    const { fixture, http, el } = await render();
    http
      .expectOne('/api/auth/me')
      .flush({ id: 1, email: 'risk@example.com', displayName: null, role: 'viewer', active: true, createdAt: '', lastLoginAt: null });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=signed-in-user]')?.getAttribute('href')).toBe('/account');
    expect(Array.from(el.querySelectorAll('.wide-nav a')).map((a) => a.textContent?.trim())).toContain('Our exposure');
  });
});
