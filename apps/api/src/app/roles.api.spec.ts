import { CurrentUser, Public, RequireRole, AuthenticatedUser } from '@kem/api-auth';
import { Controller, Get, Module } from '@nestjs/common';
import { tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/** Routes as later features will declare them, to pin down what each decorator admits. */
@Controller('role-probe')
class RoleProbeController {
  @Public()
  @Get('public')
  open(@CurrentUser() user: AuthenticatedUser | null) {
    return { who: user?.email ?? null };
  }

  @Get('signed-in')
  signedIn() {
    return { ok: true };
  }

  @RequireRole('analyst')
  @Get('analyst')
  analyst() {
    return { ok: true };
  }

  @RequireRole('admin')
  @Get('admin')
  admin() {
    return { ok: true };
  }
}

@Module({ controllers: [RoleProbeController] })
class RoleProbeModule {}

describe('role guard', () => {
  const api = useTestApp('sqlite', { perSuite: true, imports: [RoleProbeModule] });
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    for (const role of ['viewer', 'analyst', 'admin'] as const) tokens[role] = await tokenFor(api.app, role);
  });

  const statusOf = async (path: string, caller?: string) => {
    const req = api.http().get(`/api/role-probe/${path}`);
    if (caller) req.set(bearer(tokens[caller]));
    return (await req).status;
  };

  it.each([
    ['public', undefined, 200],
    ['signed-in', undefined, 401],
    ['signed-in', 'viewer', 200],
    ['analyst', undefined, 401],
    ['analyst', 'viewer', 403],
    ['analyst', 'analyst', 200],
    ['analyst', 'admin', 200],
    ['admin', 'analyst', 403],
    ['admin', 'admin', 200],
  ])('GET %s as %s → %i', async (path, caller, status) => {
    expect(await statusOf(path, caller)).toBe(status);
  });

  it('still knows the caller on public routes, and treats a bad token as anonymous there', async () => {
    const known = await api.http().get('/api/role-probe/public').set(bearer(tokens['analyst']));
    expect(known.body.who).toMatch(/^analyst-\w+@example\.com$/);
    const forged = await api.http().get('/api/role-probe/public').set(bearer('forged'));
    expect(forged.body.who).toBeNull();
    expect(await statusOf('signed-in', undefined)).toBe(401);
  });
});
