import { API_ROUTES } from '@kem/contracts';
import { CurrentUser, Public, RequireRole, AuthenticatedUser } from '@kem/api-auth';
import { createTestDatabase, TestDatabase } from '@kem/api-data/testing';
import { Controller, Get, Module } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startTestApp, TEST_ADMIN } from '../testing/test-app';

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
  let db: TestDatabase;
  let app: NestExpressApplication;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    app = await startTestApp(db, { imports: [RoleProbeModule] });
    const login = async (email: string, password: string) =>
      (await request(app.getHttpServer()).post(API_ROUTES.login).send({ email, password }).expect(200)).body.token;
    tokens['admin'] = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    for (const role of ['viewer', 'analyst']) {
      await request(app.getHttpServer())
        .post(API_ROUTES.users)
        .set('Authorization', `Bearer ${tokens['admin']}`)
        .send({ email: `${role}@example.com`, password: `${role}-password-123`, role })
        .expect(201);
      tokens[role] = await login(`${role}@example.com`, `${role}-password-123`);
    }
  });

  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const statusOf = async (path: string, caller?: string) => {
    const req = request(app.getHttpServer()).get(`/api/role-probe/${path}`);
    if (caller) req.set('Authorization', `Bearer ${tokens[caller]}`);
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
    const known = await request(app.getHttpServer()).get('/api/role-probe/public').set('Authorization', `Bearer ${tokens['analyst']}`);
    expect(known.body.who).toBe('analyst@example.com');
    const forged = await request(app.getHttpServer()).get('/api/role-probe/public').set('Authorization', 'Bearer forged');
    expect(forged.body.who).toBeNull();
    expect(await statusOf('signed-in', undefined)).toBe(401);
  });
});
