import { testEngines } from '@kem/api-data/testing';
import { IndexBuilder } from '@kem/api-index';
import { API_ROUTES, Role, roleAtLeast, ROLES } from '@kem/contracts';
import { Response } from 'supertest';
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
import { TEST_ADMIN } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/**
 * Hostile input, generated from the OpenAPI description: every write route's body fields, every
 * query and path parameter, and body-level attacks (depth, prototype keys, encodings, wrong media
 * types). Each must answer 4xx in the error shape, name the field it refuses, and change nothing in
 * the database. Then a role matrix: anonymous, viewer, analyst and admin against every route.
 */
describe.each(testEngines())('hostile input and roles, generated from the OpenAPI description, on %s', (engine) => {
  const api = useTestApp(engine, { perSuite: true, env: { LOGIN_RATE_LIMIT: '10000' }, timeout: 120_000 });
  const { http } = api;
  let doc: OpenApiDocument;
  let fingerprint: () => Promise<string>;
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
    const res = await http().post(API_ROUTES.login).send(passwords[role]).expect(200);
    return res.body.token as string;
  };

  beforeAll(async () => {
    await api.app.get(IndexBuilder).refresh();
    doc = (await http().get(API_ROUTES.openApi).expect(200)).body as OpenApiDocument;

    tokens.admin = await login('admin');
    const admin = bearer(tokens.admin);
    for (const role of ['viewer', 'analyst'] as const) {
      const user = await http()
        .post(API_ROUTES.users)
        .set(admin)
        .send({ ...passwords[role], role })
        .expect(201);
      ids[role] = String(user.body.id);
      tokens[role] = await login(role);
    }
    const analyst = bearer(tokens.analyst);
    const indicators = (await http().get(API_ROUTES.indicators).expect(200)).body as { key: string }[];
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
    ids['events'] = String((await http().post(API_ROUTES.events).set(analyst).send(event).expect(201)).body.id);
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
    ids['observations'] = String((await http().post(API_ROUTES.observations).set(analyst).send(observation).expect(201)).body.id);
    ids['subscriptions'] = String(
      (await http().post(API_ROUTES.subscriptions).set(admin).send({ email: 'reader@example.com', cadence: 'weekly' }).expect(201)).body.id,
    );
    ids['profiles'] = String(((await http().get(API_ROUTES.profiles).expect(200)).body as { id: number }[])[0].id);
    ids['users'] = ids['viewer'];
    const footprint = {
      name: 'Hostile-suite footprint',
      revenueShareKz: 10,
      exportRouteShare: 50,
      russianInputShare: 5,
      staffInKz: 10,
      sitesInKz: 1,
      siteRegions: ['almaty'],
      foreignFundedPartners: 0,
      paymentsViaRussia: false,
      dataViaRussia: false,
      telecomViaRussia: false,
    };
    ids['footprints'] = String((await http().post(API_ROUTES.footprints).set(admin).send(footprint).expect(201)).body.id);
    const presets = (await http().get(API_ROUTES.scenarioPresets).set(admin).expect(200)).body as {
      key: string;
      definition: Record<string, unknown>;
    }[];
    const scenario = { ...presets.find((p) => p.key === 'cpc-stoppage-8w')!.definition, horizonMonths: 12 };
    ids['scenarios'] = String(
      (
        await http()
          .post(API_ROUTES.scenarios)
          .set(admin)
          .send({ ...scenario, name: 'Hostile-suite scenario' })
          .expect(201)
      ).body.id,
    );

    bases = {
      'POST /api/auth/login': { email: 'nobody@example.com', password: 'not-the-password' },
      // A wrong current password: the base itself is refused by the service (400 naming it), so no case can change a password.
      'POST /api/auth/password': { currentPassword: 'not-the-password', newPassword: 'another-long-password' },
      'POST /api/users': { email: 'new-user@example.com', password: 'a-long-enough-password', role: 'viewer', displayName: 'New user' },
      'PATCH /api/users/{id}': { displayName: 'Renamed' },
      'POST /api/events': { ...event, date: '2024-05-02', sourceUrl: 'https://example.com/another-event' },
      'PATCH /api/events/{id}': { title: 'A changed title' },
      'POST /api/observations': { ...observation, date: '2024-07-31' },
      'PATCH /api/observations/{id}': { note: 'A changed note' },
      'POST /api/profiles': {
        name: 'Hostile profile',
        description: 'A profile the suite never creates.',
        weights,
        method: 'arithmetic',
        note: 'Not stored',
      },
      'PATCH /api/profiles/{id}': { name: 'Renamed profile' },
      'POST /api/profiles/{id}/versions': { weights, method: 'arithmetic', note: 'Not stored' },
      'POST /api/profiles/{id}/versions/{version}/revert': { note: 'Not stored' },
      'POST /api/subscriptions': {
        email: 'other-reader@example.com',
        cadence: 'daily',
        alerts: { bandChange: true, riseDay: 5, riseWeek: 10 },
      },
      'PATCH /api/subscriptions/{id}': { sendTime: '09:00', alerts: { riseDay: 4 } },
      'POST /api/digests/test': { cadence: 'weekly' },
      'POST /api/footprints': { ...footprint, name: 'Another footprint' },
      'PATCH /api/footprints/{id}': { name: 'Renamed footprint' },
      'POST /api/scenarios': { ...scenario, name: 'Another scenario' },
      'PATCH /api/scenarios/{id}': { name: 'Renamed scenario' },
      'POST /api/scenarios/project': scenario,
      'POST /api/indicators/{key}/reviews': { note: 'Checked the sources: nothing to add' },
      // Event 1 is published: each triage base is refused as a conflict (409), so no case can decide a draft.
      'POST /api/triage/{id}/correct': { severity: 3 },
      'POST /api/triage/{id}/merge': { parentId: 2 },
      'POST /api/triage/{id}/reject': { reason: 'Not about Kazakhstan' },
    };

    const dataSource = api.app.get(DataSource);
    const parts = dataSource.entityMetadatas.map((m) => {
      const updated = m.columns.find((c) => c.propertyName === 'updatedAt');
      return `SELECT '${m.tableName}' AS t, COUNT(*) AS n, ${updated ? `CAST(MAX("${updated.databaseName}") AS TEXT)` : 'NULL'} AS m FROM "${m.tableName}"`;
    });
    const sql = parts.join(' UNION ALL ');
    fingerprint = async () => JSON.stringify(await dataSource.query(sql));
  }, 120_000);

  /** Fills path parameters with records that exist, so a hostile body could only be refused for itself. */
  const concretePath = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'version') return '1';
      if (name === 'key') return path.startsWith(API_ROUTES.connectors) ? 'worldbank' : 'cpc_pipeline';
      return ids[path.split('/')[2]] ?? '1';
    });

  const send = (
    o: Operation,
    path: string,
    token: string | null,
    body?: { raw: string; contentType?: string; contentEncoding?: string },
  ) => {
    let req = http()[o.method](path);
    if (token) req = req.set(bearer(token));
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
    if (body.statusCode !== res.status || typeof body.error !== 'string' || typeof body.message !== 'string')
      return `error shape: ${res.text.slice(0, 200)}`;
    if (
      body.errors !== undefined &&
      (!Array.isArray(body.errors) || body.errors.some((e) => typeof e?.field !== 'string' || typeof e?.message !== 'string'))
    ) {
      return `errors shape: ${JSON.stringify(body.errors)}`;
    }
    if (field && res.status === 400) {
      const fields = ((body.errors ?? []) as { field: string }[]).map((e) => e.field);
      if (!fields.some((f) => f === field || f.startsWith(`${field}.`))) return `400 without naming ${field}: ${res.text.slice(0, 300)}`;
    }
    return null;
  }

  /**
   * Runs a route's cases and compares the database before and after them all; when it changed, runs
   * them again one by one to name the case that changes it.
   */
  async function runCases<C extends { label: string }>(
    cases: C[],
    attempt: (c: C) => Promise<{ res: Response; field: string | null }>,
  ): Promise<string[]> {
    const failures: string[] = [];
    const before = await fingerprint();
    for (const c of cases) {
      const { res, field } = await attempt(c);
      const problem = problemWith(res, field);
      if (problem) failures.push(`${c.label}: ${problem}`);
    }
    if ((await fingerprint()) === before) return failures;
    for (const c of cases) {
      const each = await fingerprint();
      const { res } = await attempt(c);
      if ((await fingerprint()) !== each) failures.push(`${c.label}: changed the database (answered ${res.status})`);
    }
    return failures.length > 0 ? failures : ['the database changed during these cases, but no single case repeats it'];
  }

  it('has a valid base body for every JSON write route in the description', () => {
    const withBody = operations(doc).filter((o) => bodySchema(doc, o.op));
    expect(withBody.length).toBeGreaterThanOrEqual(14);
    expect(withBody.map(operationName).filter((name) => !bases[name])).toEqual([]);
  });

  /** Each operation's cases (counted under `kind`) run through runCases; the failures, each named by its operation. */
  async function failuresAcross<C extends { label: string; field: string | null }>(
    kind: keyof typeof totals,
    casesOf: (o: Operation) => C[],
    attempt: (o: Operation, c: C) => Promise<Response>,
  ): Promise<string[]> {
    const failures: string[] = [];
    for (const o of operations(doc)) {
      const cases = casesOf(o);
      totals[kind] += cases.length;
      if (cases.length === 0) continue;
      const found = await runCases(cases, async (c) => ({ res: await attempt(o, c), field: c.field }));
      failures.push(...found.map((f) => `${operationName(o)} ${f}`));
    }
    return failures;
  }

  it('refuses hostile values in every body field and hostile bodies on every JSON route, changing nothing', async () => {
    const bodyCasesOf = (o: Operation): BodyCase[] => {
      const schema = bodySchema(doc, o.op);
      const base = bases[operationName(o)];
      return schema ? [...fieldCases(doc, schema, base), ...bodyCases(schema, base)] : [];
    };
    const failures = await failuresAcross('body', bodyCasesOf, (o, c) =>
      send(o, concretePath(o.path), accessOf(o.op) === 'public' ? null : tokens.admin, c),
    );
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses hostile values in every query parameter, changing nothing', async () => {
    const failures = await failuresAcross<ParamCase>(
      'query',
      (o) => queryCases(o.op),
      (o, c) => send(o, `${concretePath(o.path)}?${c.query}`, tokens.admin),
    );
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses hostile path parameters (ids beyond the database’s integers, NULs) on every route, changing nothing', async () => {
    const failures = await failuresAcross<ParamCase>(
      'path',
      (o) => pathCases(o.path, o.op, { version: '1' }),
      (o, c) =>
        send(o, concretePath(c.path as string), tokens.admin, o.method === 'get' || o.method === 'delete' ? undefined : { raw: '{}' }),
    );
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
      const path = o.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'key'
          ? o.path.startsWith(API_ROUTES.indicators)
            ? 'cpc_pipeline'
            : 'no-such-connector'
          : name === 'version'
            ? '1'
            : '2147483647',
      );
      for (const caller of callers) {
        // Signing out ends the session it is sent with: use a session of its own.
        const token = caller === 'anonymous' ? null : operationName(o) === 'POST /api/auth/logout' ? await login(caller) : tokens[caller];
        const res = await send(o, path, token, bodySchema(doc, o.op) ? { raw: '{}' } : undefined);
        totals.matrix++;
        const allowed = access === 'public' || (caller !== 'anonymous' && (access === 'signed-in' || roleAtLeast(caller, access)));
        const expected = allowed ? 'neither 401 nor 403' : caller === 'anonymous' ? '401' : '403';
        const ok =
          res.status < 500 && (allowed ? res.status !== 401 && res.status !== 403 : res.status === (caller === 'anonymous' ? 401 : 403));
        if (!ok)
          failures.push(`${operationName(o)} (${access}) as ${caller}: expected ${expected}, got ${res.status} ${res.text.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(totals.matrix).toBe(operations(doc).length * callers.length);
  }, 60_000);

  describe('the defects of issue 10, one by one', () => {
    const admin = () => bearer(tokens.admin);
    const analyst = () => bearer(tokens.analyst);

    it('caps JSON depth before validation, anonymously on sign-in too', async () => {
      const deep = `{"email":${'['.repeat(3000)}${']'.repeat(3000)}}`;
      const res = await http().post(API_ROUTES.login).set('Content-Type', 'application/json').send(deep).expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'JSON body nests objects or arrays deeper than 32 levels',
      });
    });

    it('answers 400 for a body whose Content-Encoding does not match it', async () => {
      const res = await http()
        .post(API_ROUTES.login)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send('{"email":"a@b.c","password":"x"}')
        .expect(400);
      expect(res.body.message).toMatch(/not valid gzip data/);
    });

    it('bounds page numbers on every list and index ranges to the days the index holds', async () => {
      for (const list of [
        API_ROUTES.events,
        API_ROUTES.observations,
        API_ROUTES.audit,
        API_ROUTES.subscriptions,
        API_ROUTES.deliveries,
        API_ROUTES.outbox,
      ]) {
        const res = await http().get(`${list}?page=1e20`).set(admin()).expect(400);
        expect(res.body.errors).toEqual([{ field: 'page', message: 'page must not be greater than 1000000' }]);
      }
      const explain = await http().get(`${API_ROUTES.indexExplain}?from=2014-01-01&to=9999-12-31`).expect(400);
      expect(explain.body.errors).toEqual([
        {
          field: 'to',
          message: expect.stringMatching(/^to must be a day between 2014-01-01 and \d{4}-\d{2}-\d{2} \(the days the index holds\)$/),
        },
      ]);
      await http().get(`${API_ROUTES.index}?to=9999-12-31`).expect(400);
      await http().get(`${API_ROUTES.index}?from=2020-02-01&to=2020-01-01`).expect(400);
    });

    it('uses null only where it clears a field, and refuses it elsewhere without an audit entry', async () => {
      const id = ids['events'];
      const audit = async () =>
        (await http().get(`${API_ROUTES.audit}?entityType=event&entityId=${id}`).set(admin()).expect(200)).body.total as number;
      const before = await audit();
      const refused = await http()
        .patch(API_ROUTES.event(Number(id)))
        .set(analyst())
        .send({ title: null })
        .expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['title', 'title']);
      expect(await audit()).toBe(before);
      await http()
        .patch(API_ROUTES.event(Number(id)))
        .set(analyst())
        .send({ endDate: '2024-05-20' })
        .expect(200);
      const cleared = await http()
        .patch(API_ROUTES.event(Number(id)))
        .set(analyst())
        .send({ endDate: null })
        .expect(200);
      expect(cleared.body.endDate).toBeNull();
    });

    it('bounds observation values by unit, also when only the value changes', async () => {
      const huge = await http()
        .post(API_ROUTES.observations)
        .set(analyst())
        .send({ ...bases['POST /api/observations'], date: '2024-08-31', value: 1e308 })
        .expect(400);
      expect(huge.body.errors).toEqual([{ field: 'value', message: expect.stringMatching(/between 0 and 100 for a share in %/) }]);
      await http()
        .patch(API_ROUTES.observation(Number(ids['observations'])))
        .set(analyst())
        .send({ value: 101 })
        .expect(400);
      await http()
        .patch(API_ROUTES.observation(Number(ids['observations'])))
        .set(analyst())
        .send({ value: 99.5 })
        .expect(200);
    });

    it('refuses CSV rows dated 9999 or 1000, and NUL characters, importing nothing', async () => {
      const header = 'indicator,date,title,summary,severity,source_name,source_url,confidence';
      const row = (date: string, n: number) =>
        `cpc_pipeline,${date},CSV row ${n} title,A summary of row ${n},2,Fixture,https://example.com/csv-${n},medium`;
      const events = async () => (await http().get(`${API_ROUTES.events}?pageSize=1`).set(admin()).expect(200)).body.total as number;
      const before = await events();
      const csv = [header, row('2024-01-05', 1), row('9999-12-31', 2), row('1000-01-01', 3)].join('\n');
      const res = await http().post(API_ROUTES.eventsImport).set(analyst()).set('Content-Type', 'text/csv').send(csv).expect(400);
      expect(res.body.errors).toEqual([
        { line: 3, field: 'date', message: expect.stringMatching(/^date must be a day between 1991-12-16 and /) },
        { line: 4, field: 'date', message: expect.stringMatching(/^date must be a day between 1991-12-16 and /) },
      ]);
      await http()
        .post(API_ROUTES.eventsImport)
        .set(analyst())
        .set('Content-Type', 'text/csv')
        .send(`${header}\n${row('2024-01-05', 4)}\u0000`)
        .expect(400);
      const bigId = await http()
        .post(API_ROUTES.eventsImport)
        .set(analyst())
        .set('Content-Type', 'text/csv')
        .send(`id,${header}\n99999999999,${row('2024-01-05', 5)}`)
        .expect(400);
      expect(bigId.body.errors).toEqual([
        { line: 2, field: 'id', message: 'id must be a whole number from 1 to 2147483647 (or empty for a new event)' },
      ]);
      expect(await events()).toBe(before);
    });

    it('refuses a form-encoded or empty body on POST /api/digests/test instead of sending a default digest', async () => {
      const deliveries = async () => (await http().get(API_ROUTES.deliveries).set(admin()).expect(200)).body.total as number;
      const before = await deliveries();
      await http().post(API_ROUTES.digestsTest).set(admin()).type('form').send('cadence=weekly').expect(400);
      await http().post(API_ROUTES.digestsTest).set(admin()).expect(400);
      expect(await deliveries()).toBe(before);
    });

    it('never shows anonymous callers a staff e-mail address as an author', async () => {
      const authorOf = async (path: string) => (await http().get(path).expect(200)).body.author;
      expect(await authorOf(API_ROUTES.event(Number(ids['events'])))).toBe('Analyst');
      expect(await authorOf(API_ROUTES.observation(Number(ids['observations'])))).toBe('Analyst');
      await http()
        .patch(API_ROUTES.user(Number(ids['analyst'])))
        .set(admin())
        .send({ displayName: 'Aigerim N.' })
        .expect(200);
      expect(await authorOf(API_ROUTES.event(Number(ids['events'])))).toBe('Aigerim N.');
      const pages = await Promise.all(
        [
          `${API_ROUTES.events}?pageSize=500`,
          `${API_ROUTES.observations}?pageSize=500`,
          API_ROUTES.profileVersions(Number(ids['profiles'])),
          API_ROUTES.profiles,
        ].map((p) => http().get(p).expect(200)),
      );
      for (const page of pages) expect(page.text).not.toMatch(/@example\.com/);
    });

    it('answers an unsubscribe link alike for an unknown subscription and a bad signature', async () => {
      const signature = 'A'.repeat(43);
      const unknown = await http().get(`${API_ROUTES.unsubscribe}?token=2147483.${signature}`);
      const forged = await http().get(`${API_ROUTES.unsubscribe}?token=${ids['subscriptions']}.${signature}`);
      expect(unknown.status).toBe(400);
      expect([forged.status, forged.text]).toEqual([unknown.status, unknown.text]);
    });

    it('refuses state changes a session cookie carries from another site; bearer clients and same-origin pages pass', async () => {
      const cookie = `kem_session=${await login('analyst')}`;
      const body = { title: 'Changed through the cookie' };
      const path = API_ROUTES.event(Number(ids['events']));
      const noOrigin = await http().patch(path).set('Cookie', cookie).send(body).expect(403);
      expect(noOrigin.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.stringMatching(/Origin/) });
      await http().patch(path).set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site').send(body).expect(403);
      await http().patch(path).set('Cookie', cookie).set('Sec-Fetch-Site', 'same-site').send(body).expect(403);
      await http().patch(path).set('Cookie', cookie).set('Origin', 'https://evil.example').send(body).expect(403);
      expect((await http().get(path).expect(200)).body.title).not.toBe(body.title);

      await http().get(API_ROUTES.me).set('Cookie', cookie).expect(200);
      await http().patch(path).set('Cookie', cookie).set('Sec-Fetch-Site', 'same-origin').send(body).expect(200);
      // The dashboard's own address (PUBLIC_URL, http://localhost:3000 in tests) is a same-origin page.
      await http()
        .patch(path)
        .set('Cookie', cookie)
        .set('Origin', 'http://localhost:3000')
        .send({ title: 'Changed from the dashboard' })
        .expect(200);
      await http().patch(path).set(bearer(tokens.analyst)).send({ title: 'Changed with a bearer token' }).expect(200);
    });
  });

  it('accepts each base body as it is, so the cases above were refused for their one hostile change', async () => {
    const failures: string[] = [];
    for (const o of operations(doc)) {
      const base = bases[operationName(o)];
      if (!base || !bodySchema(doc, o.op)) continue;
      const res = await send(o, concretePath(o.path), accessOf(o.op) === 'public' ? null : tokens.admin, { raw: JSON.stringify(base) });
      // A wrong password is the login base (401); reverting to the version being served is a conflict.
      const wrongCurrentPassword =
        operationName(o) === 'POST /api/auth/password' && res.status === 400 && res.body.errors?.[0]?.field === 'currentPassword';
      const accepted =
        res.status < 300 ||
        (operationName(o) === 'POST /api/auth/login' && res.status === 401) ||
        wrongCurrentPassword ||
        res.status === 409;
      if (!accepted) failures.push(`${operationName(o)}: ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 30_000);
});
