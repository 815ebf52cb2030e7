import { API_ROUTES } from '@kem/contracts';
import { createTestDatabase, TestDatabase, testEngines } from '@kem/api-data/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { RecordingLogger, startTestApp } from '../testing/test-app';
import { DEFAULT_INDICATOR_KEYS } from '../testing/indicator-weights';

describe.each(testEngines())('platform API on %s', (engine) => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await app?.close();
    await db.drop();
  });

  it('reports liveness and database readiness', async () => {
    app = await startTestApp(db);
    const res = await request(app.getHttpServer()).get(API_ROUTES.health).expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { engine, ready: true } });
  });

  it('answers an unknown API path with a JSON 404', async () => {
    app = await startTestApp(db);
    const res = await request(app.getHttpServer()).get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('stores the default indicators once and keeps edits across restarts', async () => {
    app = await startTestApp(db);
    const first = await request(app.getHttpServer()).get(API_ROUTES.indicators).expect(200);
    const keys = first.body.map((i: { key: string }) => i.key);
    expect(keys).toEqual(expect.arrayContaining(DEFAULT_INDICATOR_KEYS));
    for (const indicator of first.body) {
      expect(indicator).toEqual({
        key: expect.any(String),
        name: expect.any(String),
        category: expect.any(String),
        description: expect.any(String),
        method: expect.objectContaining({ kind: expect.stringMatching(/^(event_pressure|stage|metric)$/) }),
        defaultWeight: expect.any(Number),
      });
    }
    await app.get(DataSource).query(`UPDATE indicator SET name = 'Edited by an admin' WHERE key = 'cpc_pipeline'`);
    await app.close();

    app = await startTestApp(db);
    const second = await request(app.getHttpServer()).get(API_ROUTES.indicators).expect(200);
    expect(second.body).toHaveLength(first.body.length);
    expect(second.body.find((i: { key: string }) => i.key === 'cpc_pipeline').name).toBe('Edited by an admin');
  });

  it('creates the first admin with a generated password logged only once', async () => {
    const logger = new RecordingLogger();
    app = await startTestApp(db, { env: { ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: '' }, logger });
    const line = logger.lines.find((l) => l.includes('generated password'));
    const password = line?.match(/generated password: (\S+)/)?.[1];
    expect(password).toBeDefined();
    await request(app.getHttpServer()).post(API_ROUTES.login).send({ email: 'boss@example.com', password }).expect(200);
    await app.close();

    const again = new RecordingLogger();
    app = await startTestApp(db, { env: { ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: '' }, logger: again });
    expect(again.lines.some((l) => l.includes('generated password'))).toBe(false);
    const users = await app.get(DataSource).query('SELECT email, role, password_hash FROM user_account');
    expect(users).toHaveLength(1);
    expect(users[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('serves the OpenAPI description generated from the controllers', async () => {
    app = await startTestApp(db);
    const res = await request(app.getHttpServer()).get(API_ROUTES.openApi).expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([API_ROUTES.login, API_ROUTES.me, API_ROUTES.indicators, API_ROUTES.health, API_ROUTES.users]),
    );
    await request(app.getHttpServer()).get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('sends security headers with a content-security policy', async () => {
    app = await startTestApp(db);
    const res = await request(app.getHttpServer()).get(API_ROUTES.health);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
