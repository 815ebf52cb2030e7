import { API_ROUTES } from '@kem/contracts';
import { testEngines } from '@kem/api-data/testing';
import { TEST_ADMIN } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/** The signed-in user's own account: the anonymous sign-in check and changing one's password. */
describe.each(testEngines())('own account on %s', (engine) => {
  const api = useTestApp(engine);
  const { http } = api;
  const login = async (password = TEST_ADMIN.password) =>
    (await http().post(API_ROUTES.login).send({ email: TEST_ADMIN.email, password }).expect(200)).body.token as string;

  it('answers the sign-in check of an anonymous visitor with 204, not a 401 the browser logs', async () => {
    const anonymous = await http().get(API_ROUTES.me).expect(204);
    expect(anonymous.text).toBe('');
    // A cookie whose session has ended is anonymous too, and the stale cookie is cleared.
    const ended = await http()
      .get(API_ROUTES.me)
      .set('Cookie', 'kem_session=no-such-session')
      .set('Sec-Fetch-Site', 'same-origin')
      .expect(204);
    expect(String(ended.headers['set-cookie'])).toMatch(/kem_session=;/);
    // A bearer client with a bad token still learns that its token is bad.
    await http().get(API_ROUTES.me).set(bearer('no-such-token')).expect(401);
  });

  it('changes the password with the current one, ends the other sessions but this one, and audits it', async () => {
    const here = await login();
    const elsewhere = await login();
    await http()
      .post(API_ROUTES.password)
      .set(bearer(here))
      .send({ currentPassword: TEST_ADMIN.password, newPassword: 'a-new-long-password-1' })
      .expect(204);

    await http().get(API_ROUTES.me).set(bearer(here)).expect(200);
    await http().get(API_ROUTES.me).set(bearer(elsewhere)).expect(401);
    await http().post(API_ROUTES.login).send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }).expect(401);
    await login('a-new-long-password-1');

    const audit = await http().get(API_ROUTES.audit).query({ action: 'user.password' }).set(bearer(here)).expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.password',
      entityType: 'user',
      after: { password: 'changed', otherSessionsEnded: 1 },
    });
    expect(JSON.stringify(audit.body.items[0])).not.toContain('a-new-long-password-1');
  });

  it('refuses a wrong current password, a short or unchanged new one, naming the field, and anonymous callers', async () => {
    const token = await login();
    const wrong = await http()
      .post(API_ROUTES.password)
      .set(bearer(token))
      .send({ currentPassword: 'not-it', newPassword: 'a-new-long-password-1' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
    const short = await http()
      .post(API_ROUTES.password)
      .set(bearer(token))
      .send({ currentPassword: TEST_ADMIN.password, newPassword: 'short' })
      .expect(400);
    expect(short.body.errors?.[0]?.field).toBe('newPassword');
    const same = await http()
      .post(API_ROUTES.password)
      .set(bearer(token))
      .send({ currentPassword: TEST_ADMIN.password, newPassword: TEST_ADMIN.password })
      .expect(400);
    expect(same.body.errors).toEqual([{ field: 'newPassword', message: 'is the same as the current password' }]);
    await http().post(API_ROUTES.password).send({ currentPassword: TEST_ADMIN.password, newPassword: 'a-new-long-password-1' }).expect(401);
    await login();
  });
});
