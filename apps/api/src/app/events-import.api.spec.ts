import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, EventView } from '@kem/contracts';
import { DataSource } from 'typeorm';
import { tokenFor } from '../testing/test-app';
import { useTestApp } from '../testing/use-test-app';

const HEADER = 'date,indicator,title,summary,severity,source_name,source_url,confidence,end_date';
const row = (n: number, overrides: Partial<Record<string, string>> = {}) => {
  const cells = {
    date: `2025-06-${String(n).padStart(2, '0')}`,
    indicator: 'internal_unrest',
    title: `Protest number ${n}`,
    summary: '"Workers rallied, demanding ""fair"" wages"',
    severity: '2',
    source_name: 'Eurasianet',
    source_url: `https://eurasianet.org/protest-${n}`,
    confidence: 'medium',
    end_date: '',
    ...overrides,
  };
  return [
    cells.date,
    cells.indicator,
    cells.title,
    cells.summary,
    cells.severity,
    cells.source_name,
    cells.source_url,
    cells.confidence,
    cells.end_date,
  ].join(',');
};
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe.each(testEngines())('CSV import of events on %s', (engine) => {
  const api = useTestApp(engine, { env: { BODY_LIMIT_KB: '16', IMPORT_LIMIT_KB: '64' } });
  let analyst: string;
  const { http } = api;
  const post = (body: string, query = '') =>
    http().post(`${API_ROUTES.eventsImport}${query}`).set('Authorization', `Bearer ${analyst}`).set('Content-Type', 'text/csv').send(body);
  const count = async () => (await http().get(API_ROUTES.events).expect(200)).body.total as number;

  beforeEach(async () => {
    analyst = await tokenFor(api.app, 'analyst');
  });

  it('reports what a dry run would create, then imports all rows in one go', async () => {
    const before = await count();
    const dry = await post(csv(row(1), row(2)), '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 2, updated: 0 });
    expect(dry.body.rows.map((r: { line: number }) => r.line)).toEqual([2, 3]);
    expect(await count()).toBe(before);

    const done = await post(csv(row(1), row(2))).expect(200);
    expect(done.body).toMatchObject({ dryRun: false, created: 2 });
    expect(await count()).toBe(before + 2);
    const stored = (await http().get(`${API_ROUTES.events}?q=protest number 1`).expect(200)).body.items[0] as EventView;
    expect(stored).toMatchObject({ origin: 'import', severity: 2, summary: 'Workers rallied, demanding "fair" wages' });
    const audit = await api.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'event.create'`);
    expect(Number(audit[0].n)).toBe(2);
  });

  it('reports every bad row by line and reason, and changes nothing', async () => {
    const before = await count();
    const file = csv(
      row(1),
      row(2, { date: '2025-02-30' }),
      row(3, { indicator: 'weather' }),
      row(4, { severity: '9' }),
      row(5, { source_url: 'not a url' }),
      row(6, { source_url: '' }),
      row(1),
    );
    const res = await post(file).expect(400);
    expect(res.body.message).toMatch(/6 problems; nothing was imported/);
    expect(res.body.errors).toEqual([
      { line: 3, field: 'date', message: expect.stringContaining('calendar day') },
      { line: 4, field: 'indicator', message: expect.stringContaining('unknown indicator "weather"') },
      { line: 5, field: 'severity', message: expect.stringContaining('must not be greater than 5') },
      { line: 6, field: 'source_url', message: expect.stringContaining('http(s) URL') },
      { line: 7, field: 'source_url', message: expect.stringContaining('http(s) URL') },
      { line: 8, field: 'file', message: 'Duplicate of line 2 (same indicator, date and source URL)' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a file whose header is wrong or whose structure is broken', async () => {
    const header = await post('date,indicator,title,severity,colour\n2025-01-01,cpc_pipeline,x,3,red\n').expect(400);
    expect(header.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, field: 'colour', message: expect.stringContaining('Unknown column') }),
        expect.objectContaining({ line: 1, field: 'summary', message: 'Missing required column "summary"' }),
      ]),
    );
    const ragged = await post(csv(row(1), '2025-06-09,internal_unrest,too few')).expect(400);
    expect(ragged.body.errors).toEqual([{ line: 3, field: 'file', message: 'Expected 9 cells like the header, found 3' }]);
    const unclosed = await post(`${HEADER}\n2025-06-01,internal_unrest,"unclosed,summary,2,x,https://x.org,low,\n`).expect(400);
    expect(unclosed.body.errors[0].message).toMatch(/Malformed CSV/);
    await post('').expect(400);
  });

  it('flags rows that duplicate stored events and updates an event given its id', async () => {
    await post(csv(row(1))).expect(200);
    const dup = await post(csv(row(1))).expect(400);
    expect(dup.body.errors[0].message).toMatch(/Duplicate of stored event \d+/);
    const id = Number(dup.body.errors[0].message.match(/event (\d+)/)[1]);

    const update = `id,${HEADER}\n${id},${row(1, { severity: '3' })}\n`;
    const res = await post(update).expect(200);
    expect(res.body).toMatchObject({ created: 0, updated: 1 });
    expect((await http().get(API_ROUTES.event(id)).expect(200)).body.severity).toBe(3);
    const missing = await post(`id,${HEADER}\n999999,${row(2)}\n`).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ line: 2, field: 'id', message: 'There is no event 999999 to update' });
  });

  it('takes a multipart upload too, and refuses viewers, other media types and oversized files', async () => {
    const upload = await http()
      .post(`${API_ROUTES.eventsImport}?dryRun=true`)
      .set('Authorization', `Bearer ${analyst}`)
      .attach('file', Buffer.from(csv(row(1))), { filename: 'events.csv', contentType: 'text/csv' })
      .expect(200);
    expect(upload.body.created).toBe(1);

    const viewer = await tokenFor(api.app, 'viewer');
    await http()
      .post(API_ROUTES.eventsImport)
      .set('Authorization', `Bearer ${viewer}`)
      .set('Content-Type', 'text/csv')
      .send(csv(row(1)))
      .expect(403);
    await http()
      .post(API_ROUTES.eventsImport)
      .set('Content-Type', 'text/csv')
      .send(csv(row(1)))
      .expect(401);
    await http().post(API_ROUTES.eventsImport).set('Authorization', `Bearer ${analyst}`).send({ csv: 'x' }).expect(415);
    await post(csv(row(1)), '?dryRun=maybe').expect(400);

    const big = csv(...Array.from({ length: 700 }, (_, i) => row((i % 28) + 1, { source_url: `https://eurasianet.org/${i}` })));
    expect(big.length).toBeGreaterThan(64 * 1024);
    expect((await post(big).expect(413)).body.message).toBe(`Request body is larger than the limit of ${64 * 1024} bytes`);
    await http()
      .post(API_ROUTES.eventsImport)
      .set('Authorization', `Bearer ${analyst}`)
      .attach('file', Buffer.from(big), { filename: 'big.csv', contentType: 'text/csv' })
      .expect(413);
  });
  it('takes a CSV file larger than other bodies may be, on the import routes only', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => row((i % 28) + 1, { source_url: `https://eurasianet.org/m${i}` }));
    const file = csv(...rows);
    expect(file.length).toBeGreaterThan(16 * 1024);
    expect((await post(file, '?dryRun=true').expect(200)).body.created).toBe(150);
    const elsewhere = await http()
      .post(API_ROUTES.events)
      .set('Authorization', `Bearer ${analyst}`)
      .set('Content-Type', 'text/csv')
      .send(file);
    expect(elsewhere.status).toBe(413);
    expect(elsewhere.body.message).toBe(`Request body is larger than the limit of ${16 * 1024} bytes`);
  });

  it('imports lifecycle and family (parent_id), refusing a follow-up of a follow-up by line and column', async () => {
    const unrest = (
      await http().get(`${API_ROUTES.events}?indicator=internal_unrest&pageSize=200`).set('Authorization', `Bearer ${analyst}`).expect(200)
    ).body.items as EventView[];
    const followUp = unrest.find((e) => e.parentId !== null) as EventView;
    const root = followUp.parentId as number;
    const header = `${HEADER},lifecycle,parent_id`;
    const file = (parent: number) => [header, `${row(1)},ongoing,`, `${row(2, { severity: '1' })},ended,${parent}`].join('\n') + '\n';
    const refused = await post(file(followUp.id)).expect(400);
    expect(refused.body.errors).toEqual([{ line: 3, field: 'parent_id', message: expect.stringContaining('itself a follow-up') }]);
    const done = await post(file(root)).expect(200);
    expect(done.body).toMatchObject({ created: 2 });
    const stored = (
      await http().get(`${API_ROUTES.events}?q=protest number&pageSize=10`).set('Authorization', `Bearer ${analyst}`).expect(200)
    ).body.items as EventView[];
    expect(stored.find((e) => e.title === 'Protest number 1')).toMatchObject({
      lifecycle: 'ongoing',
      parentId: null,
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(stored.find((e) => e.title === 'Protest number 2')).toMatchObject({ lifecycle: 'ended', parentId: root });
  });
});
