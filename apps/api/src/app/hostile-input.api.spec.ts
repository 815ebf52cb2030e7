import { createTestDatabase, TestDatabase, testEngines } from '@kem/api-data/testing';
import { IndexBuilder } from '@kem/api-index';
import { ROLES, roleAtLeast, Role } from '@kem/contracts';
import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import {
  accessOf,
  BodyCase,
  bodyCases,
  bodySchema,
  fieldCases,
  OpenApiDocument,
  Operation,
  operationName,
  operations,
  ParamCase,
  pathCases,
  queryCases,
} from '../testing/openapi-cases';
import { startTestApp, TEST_ADMIN } from '../testing/test-app';

/**
 * Hostile input, generated from the OpenAPI description: every write route's body fields, every
 * query and path parameter, and body-level attacks (depth, prototype keys, encodings, wrong media
 * types). Each must answer 4xx in the error shape, name the field it refuses, and change nothing in
 * the database. Then a role matrix: anonymous, viewer, analyst and admin against every route.
 */
describe.each(testEngines())('hostile input and roles, generated from the OpenAPI description, on %s', (engine) => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let doc: OpenApiDocument;
  let fingerprint: () => Promise<string>;
  const http = () => request(app.getHttpServer());
  const tokens = {} as Record<Role, string>;
  const passwords: Record<Role, { email: string; password: string }> = {
    admin: TEST_ADMIN,
    analyst: { email: 'analyst@example.com', password: 'analyst-password-1' },
    viewer: { email: 'viewer@example.com', password: 'viewer-password-1' },
  };
  /** Ids of records that exist, by the path prefix that serves them. */
  const ids: Record<string, string> = {};
  /** A valid body per write route: each hostile case changes one thing in it. */
  let bases: Record<string, Record<string, unknown>>;
  const totals = { body: 0, query: 0, path: 0, matrix: 0 };

  const login = async (role: Role) => {
    const res = await http().post('/api/auth/login').send(passwords[role]).expect(200);
    return res.body.token as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    app = await startTestApp(db, { env: { LOGIN_RATE_LIMIT: '10000' } });
    await app.get(IndexBuilder).refresh();
    doc = (await http().get('/api/docs/json').expect(200)).body as OpenApiDocument;

    tokens.admin = await login('admin');
    const admin = { Authorization: `Bearer ${tokens.admin}` };
    for (const role of ['viewer', 'analyst'] as const) {
      const user = await http().post('/api/users').set(admin).send({ ...passwords[role], role }).expect(201);
      ids[role] = String(user.body.id);
      tokens[role] = await login(role);
    }
    const analyst = { Authorization: `Bearer ${tokens.analyst}` };
    const indicators = (await http().get('/api/indicators').expect(200)).body as { key: string }[];
    const weights = Object.fromEntries(indicators.map((i, n) => [i.key, n === 0 ? 30 : 10]));
    const event = {
      indicatorKey: 'cpc_pipeline',
      date: '2024-05-01',
      title: 'Hostile-suite fixture event',
      summary: 'An event the hostile-input suite edits.',
      severity: 2,
      sourceName: 'Fixture',
      sourceUrl: 'https://example.com/fixture-event',
      confidence: 'medium',
    };
    ids['events'] = String((await http().post('/api/events').set(analyst).send(event).expect(201)).body.id);
    const observation = {
      indicatorKey: 'trade_russia',
      series: 'hostile_fixture',
      date: '2024-06-30',
      value: 21.4,
      unit: '%',
      sourceName: 'Fixture',
      sourceUrl: 'https://example.com/fixture-observation',
      confidence: 'high',
    };
    ids['observations'] = String((await http().post('/api/observations').set(analyst).send(observation).expect(201)).body.id);
    ids['subscriptions'] = String((await http().post('/api/subscriptions').set(admin).send({ email: 'reader@example.com', cadence: 'weekly' }).expect(201)).body.id);
    ids['profiles'] = String(((await http().get('/api/profiles').expect(200)).body as { id: number }[])[0].id);
    ids['users'] = ids['viewer'];

    bases = {
      'POST /api/auth/login': { email: 'nobody@example.com', password: 'not-the-password' },
      'POST /api/users': { email: 'new-user@example.com', password: 'a-long-enough-password', role: 'viewer', displayName: 'New user' },
      'PATCH /api/users/{id}': { displayName: 'Renamed' },
      'POST /api/events': { ...event, date: '2024-05-02', sourceUrl: 'https://example.com/another-event' },
      'PATCH /api/events/{id}': { title: 'A changed title' },
      'POST /api/observations': { ...observation, date: '2024-07-31' },
      'PATCH /api/observations/{id}': { note: 'A changed note' },
      'POST /api/profiles': { name: 'Hostile profile', description: 'A profile the suite never creates.', weights, method: 'arithmetic', note: 'Not stored' },
      'PATCH /api/profiles/{id}': { name: 'Renamed profile' },
      'POST /api/profiles/{id}/versions': { weights, method: 'arithmetic', note: 'Not stored' },
      'POST /api/profiles/{id}/versions/{number}/revert': { note: 'Not stored' },
      'POST /api/subscriptions': { email: 'other-reader@example.com', cadence: 'daily', alerts: { bandChange: true, riseDay: 5, riseWeek: 10 } },
      'PATCH /api/subscriptions/{id}': { sendTime: '09:00', alerts: { riseDay: 4 } },
      'POST /api/digests/test': { cadence: 'weekly' },
    };

    const dataSource = app.get(DataSource);
    const parts = dataSource.entityMetadatas.map((m) => {
      const updated = m.columns.find((c) => c.propertyName === 'updatedAt');
      return `SELECT '${m.tableName}' AS t, COUNT(*) AS n, ${updated ? `CAST(MAX("${updated.databaseName}") AS TEXT)` : 'NULL'} AS m FROM "${m.tableName}"`;
    });
    const sql = parts.join(' UNION ALL ');
    fingerprint = async () => JSON.stringify(await dataSource.query(sql));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** Fills path parameters with records that exist, so a hostile body could only be refused for itself. */
  const concretePath = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'number') return '1';
      if (name === 'key') return path.startsWith('/api/connectors') ? 'worldbank' : 'cpc_pipeline';
      return ids[path.split('/')[2]] ?? '1';
    });

  const send = (o: Operation, path: string, token: string | null, body?: { raw: string; contentType?: string; contentEncoding?: string }) => {
    let req = http()[o.method](path);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    if (body) {
      req = req.set('Content-Type', body.contentType ?? 'application/json');
      if (body.contentEncoding) req = req.set('Content-Encoding', body.contentEncoding);
      if (body.raw !== '') req = req.send(body.raw);
    }
    return req;
  };

  /** What is wrong with an answer to a hostile case; null when it is a 4xx in the error shape naming the field. */
  function problemWith(res: Response, field: string | null): string | null {
    if (res.status < 400 || res.status >= 500) return `answered ${res.status} ${res.text.slice(0, 200)}`;
    if (!/^application\/json/.test(res.headers['content-type'] ?? '')) return `answered ${res.status} as ${res.headers['content-type']}`;
    const body = res.body as { statusCode?: unknown; error?: unknown; message?: unknown; errors?: unknown };
    if (body.statusCode !== res.status || typeof body.error !== 'string' || typeof body.message !== 'string') return `error shape: ${res.text.slice(0, 200)}`;
    if (body.errors !== undefined && (!Array.isArray(body.errors) || body.errors.some((e) => typeof e?.field !== 'string' || typeof e?.message !== 'string'))) {
      return `errors shape: ${JSON.stringify(body.errors)}`;
    }
    if (field && res.status === 400) {
      const fields = ((body.errors ?? []) as { field: string }[]).map((e) => e.field);
      if (!fields.some((f) => f === field || f.startsWith(`${field}.`))) return `400 without naming ${field}: ${res.text.slice(0, 300)}`;
    }
    return null;
  }

  async function runCases<C extends { label: string }>(cases: C[], attempt: (c: C) => Promise<{ res: Response; field: string | null }>): Promise<string[]> {
    const failures: string[] = [];
    for (const c of cases) {
      const before = await fingerprint();
      const { res, field } = await attempt(c);
      const problem = problemWith(res, field);
      if (problem) failures.push(`${c.label}: ${problem}`);
      if ((await fingerprint()) !== before) failures.push(`${c.label}: changed the database (answered ${res.status})`);
    }
    return failures;
  }

  it('has a valid base body for every JSON write route in the description', () => {
    const withBody = operations(doc).filter((o) => bodySchema(doc, o.op));
    expect(withBody.length).toBeGreaterThanOrEqual(14);
    expect(withBody.map(operationName).filter((name) => !bases[name])).toEqual([]);
  });

  it('refuses hostile values in every body field and hostile bodies on every JSON route, changing nothing', async () => {
    const failures: string[] = [];
    for (const o of operations(doc)) {
      const schema = bodySchema(doc, o.op);
      if (!schema) continue;
      const base = bases[operationName(o)];
      const cases: BodyCase[] = [...fieldCases(doc, schema, base), ...bodyCases(schema, base)];
      totals.body += cases.length;
      const token = accessOf(o.op) === 'public' ? null : tokens.admin;
      const path = concretePath(o.path);
      failures.push(...(await runCases(cases, async (c) => ({ res: await send(o, path, token, c), field: c.field }))).map((f) => `${operationName(o)} ${f}`));
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses hostile values in every query parameter, changing nothing', async () => {
    const failures: string[] = [];
    for (const o of operations(doc)) {
      const cases: ParamCase[] = queryCases(o.op);
      if (cases.length === 0) continue;
      totals.query += cases.length;
      const path = concretePath(o.path);
      failures.push(...(await runCases(cases, async (c) => ({ res: await send(o, `${path}?${c.query}`, tokens.admin), field: c.field }))).map((f) => `${operationName(o)} ${f}`));
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses hostile path parameters (ids beyond the database’s integers, NULs) on every route, changing nothing', async () => {
    const failures: string[] = [];
    for (const o of operations(doc)) {
      const cases = pathCases(o.path, o.op, { number: '1' }).map((c) => ({ ...c, path: concretePath(c.path as string) }));
      totals.path += cases.length;
      failures.push(...(await runCases(cases, async (c) => ({ res: await send(o, c.path, tokens.admin, o.method === 'get' || o.method === 'delete' ? undefined : { raw: '{}' }), field: c.field }))).map((f) => `${operationName(o)} ${f}`));
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('generated at least 300 hostile cases', () => {
    expect(totals.body + totals.query + totals.path).toBeGreaterThanOrEqual(300);
  });

  it('gives every route the access its description states: anonymous 401, too small a role 403, otherwise neither, and never a 5xx', async () => {
    const callers: (Role | 'anonymous')[] = ['anonymous', ...ROLES];
    const failures: string[] = [];
    for (const o of operations(doc)) {
      const access = accessOf(o.op);
      // Ids that do not exist and a connector that does not: the matrix checks access, not effects.
      const path = o.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'key' ? (o.path.startsWith('/api/indicators') ? 'cpc_pipeline' : 'no-such-connector') : name === 'number' ? '1' : '2147483647'));
      for (const caller of callers) {
        // Signing out ends the session it is sent with: use a session of its own.
        const token = caller === 'anonymous' ? null : operationName(o) === 'POST /api/auth/logout' ? await login(caller) : tokens[caller];
        const res = await send(o, path, token, bodySchema(doc, o.op) ? { raw: '{}' } : undefined);
        totals.matrix++;
        const allowed = access === 'public' || (caller !== 'anonymous' && (access === 'signed-in' || roleAtLeast(caller, access)));
        const expected = allowed ? 'neither 401 nor 403' : caller === 'anonymous' ? '401' : '403';
        const ok = res.status < 500 && (allowed ? res.status !== 401 && res.status !== 403 : res.status === (caller === 'anonymous' ? 401 : 403));
        if (!ok) failures.push(`${operationName(o)} (${access}) as ${caller}: expected ${expected}, got ${res.status} ${res.text.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(totals.matrix).toBe(operations(doc).length * callers.length);
  }, 60_000);
});
