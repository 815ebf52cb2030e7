import { Component } from '@angular/core';
import { Role } from '@kem/contracts';
import { renderRoute } from '@kem/dashboard-core/testing';
import { adminRoutes } from './admin.routes';

@Component({ template: '' })
class Blank {}

describe('adminRoutes', () => {
  async function navigate(url: string, role: Role | null) {
    return renderRoute(
      url,
      [
        { path: 'admin', children: adminRoutes },
        { path: 'login', component: Blank },
        { path: 'forbidden', component: Blank },
      ],
      { signedInAs: role },
    );
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
