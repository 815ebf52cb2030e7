import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@kem/contracts';
import { signInAs } from '../testing/admin-fixtures';
import { adminRoutes } from './admin.routes';

@Component({ template: '' })
class Blank {}

describe('adminRoutes', () => {
  async function navigate(url: string, role: Role | null) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter(
          [
            { path: 'admin', children: adminRoutes },
            { path: 'login', component: Blank },
            { path: 'forbidden', component: Blank },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return { router: TestBed.inject(Router), el: harness.routeNativeElement as HTMLElement, http };
  }

  it('sends anonymous visitors to sign in and back', async () => {
    const { router } = await navigate('/admin/users', null);
    expect(router.url).toBe('/login?returnUrl=%2Fadmin%2Fusers');
  });

  it.each<Role>(['viewer', 'analyst'])('turns a %s away', async (role) => {
    const { router } = await navigate('/admin/audit', role);
    expect(router.url).toBe('/forbidden');
  });

  it('lets admins in, opening the weights page by default under the admin tabs', async () => {
    const { router, el, http } = await navigate('/admin', 'admin');
    expect(router.url).toBe('/admin/weights');
    expect(Array.from(el.querySelectorAll('nav a')).map((a) => a.textContent?.trim())).toEqual([
      'Weights',
      'Profiles',
      'Compare',
      'Users',
      'Audit log',
      'Delivery log',
      'Outbox',
    ]);
    expect(el.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Weights');
    expect(el.querySelector('kem-weights-page')).not.toBeNull();
    http.match(() => true);
  });
});
