import { API_ROUTES } from '@kem/contracts';
import { createTestDatabase, testEngines } from '@kem/api-data/testing';
import request from 'supertest';
import { startTestApp, TEST_ADMIN } from '../testing/test-app';
import { useTestApp } from '../testing/use-test-app';

describe.each(testEngines())('accounts and roles on %s', (engine) => {
  const api = useTestApp(engine);
  const { http } = api;

  const login = async (email: string, password: string) =>
    (await http().post(API_ROUTES.login).send({ email, password }).expect(200)).body.token as string;

  it('signs in with a session cookie that is httpOnly, and the same token works as a bearer', async () => {
    const res = await http().post(API_ROUTES.login).send({ email: 'ADMIN@example.com', password: TEST_ADMIN.password }).expect(200);
    expect(res.body.user).toMatchObject({ email: TEST_ADMIN.email, role: 'admin' });
    const cookie = res.headers['set-cookie'][0] as string;
    expect(cookie).toMatch(/^kem_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const viaCookie = await http().get(API_ROUTES.me).set('Cookie', cookie.split(';')[0]).expect(200);
    expect(viaCookie.body.email).toBe(TEST_ADMIN.email);
    const viaBearer = await http().get(API_ROUTES.me).set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(viaBearer.body.lastLoginAt).not.toBeNull();
  });

  it('rejects a wrong password without saying whether the e-mail exists', async () => {
    const wrong = await http().post(API_ROUTES.login).send({ email: TEST_ADMIN.email, password: 'nope' }).expect(401);
    const unknown = await http().post(API_ROUTES.login).send({ email: 'who@example.com', password: 'nope' }).expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('ends the session on logout', async () => {
    const token = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    await http().post(API_ROUTES.logout).set('Authorization', `Bearer ${token}`).expect(204);
    await http().get(API_ROUTES.me).set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('gives anonymous callers 401 and viewers 403 on admin routes', async () => {
    const admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    await http()
      .post(API_ROUTES.users)
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'viewer@example.com', password: 'viewer-password-1', role: 'viewer' })
      .expect(201);
    const viewer = await login('viewer@example.com', 'viewer-password-1');

    const anonymous = await http().get(API_ROUTES.users).expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const forbidden = await http().get(API_ROUTES.users).set('Authorization', `Bearer ${viewer}`).expect(403);
    expect(forbidden.body.message).toMatch(/admin/);
    const listed = await http().get(API_ROUTES.users).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(listed.body.map((u: { email: string }) => u.email)).toEqual(['admin@example.com', 'viewer@example.com']);
    expect(JSON.stringify(listed.body)).not.toMatch(/argon2|password/i);
  });

  it('rejects unknown fields, wrong types and malformed JSON with errors naming the field', async () => {
    const admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    const auth = { Authorization: `Bearer ${admin}` };

    const unknown = await http()
      .post(API_ROUTES.users)
      .set(auth)
      .send({ email: 'a@example.com', password: 'long-enough-pass', role: 'viewer', isRoot: true })
      .expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'isRoot', message: 'property isRoot should not exist' }]);

    const wrong = await http().post(API_ROUTES.users).set(auth).send({ email: 42, password: 'short', role: 'god' }).expect(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(expect.arrayContaining(['email', 'password', 'role']));

    const malformed = await http().post(API_ROUTES.users).set(auth).set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(malformed.body.message).toMatch(/Malformed JSON/);

    const duplicate = await http()
      .post(API_ROUTES.users)
      .set(auth)
      .send({ email: TEST_ADMIN.email, password: 'long-enough-pass', role: 'viewer' })
      .expect(409);
    expect(duplicate.body.errors).toEqual([{ field: 'email', message: 'already in use' }]);

    const users = await http().get(API_ROUTES.users).set(auth).expect(200);
    expect(users.body).toHaveLength(1);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const huge = { email: 'a@example.com', password: 'x'.repeat(2 * 1024 * 1024) };
    const res = await http().post(API_ROUTES.login).send(huge).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413 });
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 once the attempts in the window are used up', async () => {
    const db = await createTestDatabase('sqlite');
    const app = await startTestApp(db, { env: { LOGIN_RATE_LIMIT: '3' } });
    try {
      const attempt = () => request(app.getHttpServer()).post(API_ROUTES.login).send({ email: TEST_ADMIN.email, password: 'wrong' });
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
      const blocked = await attempt();
      expect(blocked.status).toBe(429);
      expect(blocked.body.message).toMatch(/Too many sign-in attempts/);
      const right = await request(app.getHttpServer()).post(API_ROUTES.login).send(TEST_ADMIN);
      expect(right.status).toBe(429);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});
