import { DeliveryEntity, IndexPointEntity, OutboxMessageEntity, SubscriptionEntity, WeightProfileEntity } from '@kem/api-data';
import { testEngines } from '@kem/api-data/testing';
import { DeliveryStore, DigestRunner, MAX_ATTEMPTS } from '@kem/api-digests';
import { IndexBuilder } from '@kem/api-index';
import { API_ROUTES, DeliveryView, DigestPreviewView, DigestRunView, SubscriptionView } from '@kem/contracts';
import { simpleParser } from 'mailparser';
import { AddressInfo, createServer } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Received, startSmtpServer } from '../testing/smtp-server';
import { startTestApp, tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';
import { CLOCK, Clock } from '@kem/api-config';
import { daysBefore } from '@kem/scoring';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

const header = (r: Received, key: string) => r.mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ');
const MAIL_ENV = { MAIL_FROM: 'Kazakhstan Exposure Monitor <risk@monitor.example>', PUBLIC_URL: 'https://risk.example.com' };
/** The API's clock starts here: a week after the CPC mooring damage of 2025-11-29, so the index moved over the week. */
const CLOCK_START = '2025-12-05T03:00:00Z';

describe.each(testEngines())('digests and alerts on %s', (engine) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let admin: string;
  /** An API instance that mails through the test SMTP server, on the clock's start. */
  const mailing = () => ({ env: { ...MAIL_ENV, SMTP_URL: smtp.url, KEM_NOW: CLOCK_START } });

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  const api = useTestApp(engine, { perSuite: true, atStart: mailing });
  afterAll(() => smtp.close());
  const http = (target = api.app) => request(target.getHttpServer());
  const subscribe = async (body: object, token = admin) =>
    (await http().post(API_ROUTES.subscriptions).set(bearer(token)).send(body).expect(201)).body as SubscriptionView;
  /** The field errors of a subscription the API refuses (400). */
  const refused = async (body: object, token = admin) =>
    (await http().post(API_ROUTES.subscriptions).set(bearer(token)).send(body).expect(400)).body.errors as {
      field: string;
      message: string;
    }[];
  const run = async (force = true) =>
    (
      await http()
        .post(`${API_ROUTES.digestsRun}${force ? '?force=true' : ''}`)
        .set(bearer(admin))
        .expect(200)
    ).body as DigestRunView;
  const repo = <T extends object>(entity: new () => T) => api.app.get(DataSource).getRepository<T>(entity);
  const deliveries = () => repo(DeliveryEntity).find({ order: { id: 'ASC' } });
  const now = () => api.app.get<Clock>(CLOCK).now().getTime();
  const today = () => api.app.get<Clock>(CLOCK).today();
  const minutesAfter = (minutes: number) => new Date(now() + minutes * 60_000);

  beforeAll(async () => {
    await api.app.get(IndexBuilder).refresh();
    admin = await tokenFor(api.app, 'admin');
  });

  afterEach(async () => {
    for (const entity of [OutboxMessageEntity, DeliveryEntity, SubscriptionEntity])
      await repo<object>(entity).createQueryBuilder().delete().execute();
    smtp.received.length = 0;
  });

  it('lets admins manage every subscription and users only their own, with defaults and named errors', async () => {
    const viewer = await tokenFor(api.app, 'viewer');
    const own = await subscribe({ cadence: 'weekly' }, viewer);
    expect(own).toMatchObject({
      email: expect.stringMatching(/^viewer-/),
      cadence: 'weekly',
      sendTime: '08:00',
      timeZone: 'Asia/Almaty',
      profile: { slug: 'default', name: 'Default' },
      alerts: { bandChange: false, riseDay: null, riseWeek: null },
      active: true,
      owner: own.email,
    });
    expect(Date.parse(own.nextDigestAt as string)).toBeGreaterThan(now() - 1000);
    expect(await refused({ cadence: 'daily', email: 'someone@example.com' }, viewer)).toEqual([
      { field: 'email', message: expect.stringContaining('must be your own address') },
    ]);
    const bad = await refused({ cadence: 'hourly', sendTime: '25:00', alerts: { riseDay: -1 }, extra: 1 });
    expect(bad.map((e) => e.field).sort()).toEqual(['alerts.riseDay', 'cadence', 'extra', 'sendTime']);
    expect(await refused({ cadence: 'daily', timeZone: 'Mars/Olympus_Mons' })).toEqual([
      { field: 'timeZone', message: expect.stringContaining('not an IANA time zone') },
    ]);
    await refused({ cadence: 'daily', profile: 'hedge-fund' });

    const managed = await subscribe({
      email: 'CFO@Example.com',
      displayName: 'Chief Financial Officer',
      cadence: 'monthly',
      sendTime: '09:30',
      timeZone: 'europe/london',
      profile: 'energy-exporter',
      alerts: { bandChange: true, riseWeek: 5 },
    });
    expect(managed).toMatchObject({
      email: 'cfo@example.com',
      timeZone: 'Europe/London',
      owner: null,
      alerts: { bandChange: true, riseDay: null, riseWeek: 5 },
    });
    await http()
      .post(API_ROUTES.subscriptions)
      .set(bearer(admin))
      .send({ email: 'cfo@example.com', cadence: 'monthly', profile: 'energy-exporter' })
      .expect(409);
    expect(
      (await http().get(API_ROUTES.subscriptions).set(bearer(viewer)).expect(200)).body.items.map((s: SubscriptionView) => s.id),
    ).toEqual([own.id]);
    expect((await http().get(`${API_ROUTES.subscriptions}?q=cfo`).set(bearer(admin)).expect(200)).body).toMatchObject({
      total: 1,
      items: [{ id: managed.id }],
    });
    await http().get(API_ROUTES.subscription(managed.id)).set(bearer(viewer)).expect(404);
    await http().patch(API_ROUTES.subscription(managed.id)).set(bearer(viewer)).send({ active: false }).expect(404);
    const paused = await http()
      .patch(API_ROUTES.subscription(own.id))
      .set(bearer(viewer))
      .send({ active: false, sendTime: '07:15' })
      .expect(200);
    expect(paused.body).toMatchObject({ active: false, sendTime: '07:15', nextDigestAt: null, unsubscribedAt: expect.any(String) });
    await http().delete(API_ROUTES.subscription(own.id)).set(bearer(viewer)).expect(204);
    await http().get(API_ROUTES.subscription(own.id)).set(bearer(viewer)).expect(404);
    const trail = await http().get(`${API_ROUTES.audit}?entityType=subscription&entityId=${own.id}`).set(bearer(admin)).expect(200);
    expect(trail.body.items[0]).toMatchObject({ action: 'subscription.delete', before: { cadence: 'weekly' } });
    await http().get(API_ROUTES.subscriptions).expect(401);
    for (const path of [API_ROUTES.deliveries, API_ROUTES.outbox]) await http().get(path).set(bearer(viewer)).expect(403);
    await http().post(API_ROUTES.digestsRun).set(bearer(viewer)).expect(403);
  });

  it('sends the digest by SMTP: subject with index, band and change, both parts, the chart PNG, one-click unsubscribe', async () => {
    const sub = await subscribe({ email: 'ada@example.com', displayName: 'Ada "Risk" <Lovelace>', cadence: 'weekly' });
    const summary = await run();
    expect(summary).toMatchObject({ force: true, queued: { digests: 1, alerts: 0 }, attempted: 1, sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message.from).toBe('risk@monitor.example');
    expect(message.to).toEqual(['ada@example.com']);
    const { mail } = message;
    expect(mail.from?.value).toEqual([{ address: 'risk@monitor.example', name: 'Kazakhstan Exposure Monitor' }]);
    expect(mail.to).toMatchObject({ value: [{ address: 'ada@example.com', name: 'Ada "Risk" <Lovelace>' }] });
    expect(mail.subject).toMatch(
      /^Kazakhstan exposure \d+\.\d \((Low|Guarded|Elevated|High|Severe)\), ([+−]\d+\.\d|±0\.0|n\/a) over 7 days – Default$/,
    );
    const [row] = await deliveries();
    expect(row).toMatchObject({
      subscriptionId: sub.id,
      kind: 'digest',
      periodKey: expect.stringMatching(/^digest:\d{4}-W\d{2}$/),
      status: 'sent',
      attempts: 1,
      transport: 'smtp',
      subject: mail.subject,
    });
    expect(mail.messageId).toBe(row.messageId);
    const unsubscribe = header(message, 'list-unsubscribe');
    expect(unsubscribe).toMatch(
      new RegExp(`^List-Unsubscribe: <https://risk\\.example\\.com/api/unsubscribe\\?token=${sub.id}\\.[A-Za-z0-9_-]{43}>$`),
    );
    expect(header(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const value = (mail.subject as string).split(' ')[2];
    expect(mail.html).toContain(`>${value}</span>`);
    expect(mail.html).toContain('Hello Ada &quot;Risk&quot; &lt;Lovelace&gt;,');
    expect(mail.html).toContain('What moved the index over 7 days');
    expect(mail.html).toContain('Due-diligence actions');
    expect(mail.html).toContain('href="https://risk.example.com/"');
    expect(mail.html).toContain('src="data:image/png;base64,');
    expect(mail.text).toContain('WEEKLY DIGEST, WEEK');
    expect(mail.text).toContain(`Exposure index, Default profile, ${today()}: ${value}`);
    expect(mail.text).toContain('DUE-DILIGENCE ACTIONS');
    // evidence freshness, as on the dashboard: "no new evidence for N days" and coverage
    expect(mail.text).toContain('EVIDENCE FRESHNESS');
    expect(mail.text).toMatch(/(No new evidence for \d+ days? \(last on \d{4}-\d{2}-\d{2}\)|New evidence today)/);
    expect(mail.text).toMatch(/\d of 8 indicators in the index\./);
    expect(mail.html).toContain('Evidence freshness');
    // a subscriber who is not an admin is not told about connector syncs
    expect(mail.text).not.toContain('Connector syncs failed');
    expect(mail.text).toContain('Dashboard: https://risk.example.com/');
    expect(mail.text).toContain(`Unsubscribe: ${(unsubscribe as string).slice('List-Unsubscribe: <'.length, -1)}`);
    expect(mail.attachments).toHaveLength(1);
    const [png] = mail.attachments;
    expect(png).toMatchObject({ contentType: 'image/png', contentDisposition: 'inline', cid: 'exposure-index-chart@kem' });
    expect(png.content.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // The HTML part as sent (quoted-printable) points at the inline image by its Content-ID.
    expect(message.raw.toString()).toContain('src=3D"cid:exposure-index-chart@kem"');

    const log = await http()
      .get(`${API_ROUTES.deliveries}?status=sent&kind=digest&subscriptionId=${sub.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(log.body).toMatchObject({
      total: 1,
      items: [{ id: row.id, status: 'sent', attempts: 1, lastError: null, messageId: row.messageId, recipient: 'ada@example.com' }],
    });
    const invalid = await http().get(`${API_ROUTES.deliveries}?status=lost`).set(bearer(admin)).expect(400);
    expect(invalid.body.errors[0].field).toBe('status');
  });

  it('cannot be made to add headers through a display name', async () => {
    await subscribe({ email: 'eve@example.com', displayName: 'Eve\r\nBcc: victim@example.com\r\nX-Injected: yes', cadence: 'daily' });
    await run();
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message.to).toEqual(['eve@example.com']);
    const keys = message.mail.headerLines.map((h) => h.key);
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('x-injected');
    expect(message.mail.to).toMatchObject({
      value: [{ address: 'eve@example.com', name: 'Eve\r\nBcc: victim@example.com\r\nX-Injected: yes' }],
    });
  });

  it('sends one message per period: reruns and a second instance on the same database find the delivery taken', async () => {
    await subscribe({ email: 'ops@example.com', cadence: 'daily' });
    await subscribe({ email: 'board@example.com', cadence: 'monthly' });
    const second = await startTestApp(api.db, mailing());
    try {
      const runs = await Promise.all([
        api.app.get(DigestRunner).run({ force: true }),
        second.get(DigestRunner).run({ force: true }),
        api.app.get(DigestRunner).run({ force: true }),
      ]);
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
      await run();
      await run(false);
    } finally {
      await second.close();
    }
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['board@example.com', 'ops@example.com']);
    expect((await deliveries()).map((d) => d.status)).toEqual(['sent', 'sent']);
  });

  it('sends a digest that is due at its local send time once, without force', async () => {
    const sub = await subscribe({ email: 'early@example.com', cadence: 'daily', sendTime: '00:00', timeZone: 'UTC' });
    expect((await run(false)).attempted).toBe(0);
    // Subscribed two days ago: today's 00:00 UTC send time has passed since.
    await repo(SubscriptionEntity).update({ id: sub.id }, { createdAt: daysBefore(new Date(now()), 2) });
    expect(await run(false)).toMatchObject({ queued: { digests: 1, alerts: 0 }, sent: 1 });
    expect(await run(false)).toMatchObject({ queued: { digests: 0, alerts: 0 }, attempted: 0 });
    expect(smtp.received).toHaveLength(1);
    expect((await deliveries())[0].periodKey).toBe(`digest:${today()}`);
  });

  it('retries with backoff while the SMTP server is down, then delivers once; an admin can requeue a failed delivery', async () => {
    const port = await freePort();
    const offline = await startTestApp(api.db, { env: { ...MAIL_ENV, SMTP_URL: `smtp://127.0.0.1:${port}`, KEM_NOW: CLOCK_START } });
    let late: Awaited<ReturnType<typeof startSmtpServer>> | null = null;
    try {
      await subscribe({ email: 'patient@example.com', cadence: 'weekly' });
      const runner = offline.get(DigestRunner);
      expect(await runner.run({ force: true })).toMatchObject({ sent: 0, retrying: 1 });
      let [row] = await deliveries();
      expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect((row.nextAttemptAt as Date).getTime() - now()).toBeGreaterThan(50_000);
      expect(await runner.run({ now: new Date(now()) })).toMatchObject({ attempted: 0 });
      expect(await runner.run({ now: minutesAfter(2) })).toMatchObject({ attempted: 1, retrying: 1 });

      late = await startSmtpServer({ port });
      expect(await runner.run({ now: minutesAfter(10) })).toMatchObject({ attempted: 1, sent: 1 });
      expect(await runner.run({ now: minutesAfter(60) })).toMatchObject({ attempted: 0 });
      expect(late.received).toHaveLength(1);
      [row] = await deliveries();
      expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });

      await repo(DeliveryEntity).update({ id: row.id }, { status: 'failed', attempts: MAX_ATTEMPTS, lastError: '550 mailbox unavailable' });
      const requeued = await http().post(API_ROUTES.deliveryRetry(row.id)).set(bearer(admin)).expect(200);
      expect(requeued.body).toMatchObject({ status: 'pending', attempts: 0 });
      await http().post(API_ROUTES.deliveryRetry(row.id)).set(bearer(admin)).expect(409);
    } finally {
      await offline.close();
      await late?.close();
    }
  });

  it('re-sends with the same Message-ID after a crash between SMTP acceptance and the database write (at least once)', async () => {
    await subscribe({ email: 'crash@example.com', cadence: 'weekly' });
    const instance = { ...MAIL_ENV, SMTP_URL: smtp.url, KEM_NOW: CLOCK_START, INSTANCE_ID: 'api-crashing' };
    const crashing = await startTestApp(api.db, { env: instance });
    try {
      jest.spyOn(crashing.get(DeliveryStore), 'markSent').mockRejectedValueOnce(new Error('simulated crash before the database write'));
      expect(await crashing.get(DigestRunner).run({ force: true })).toMatchObject({ sent: 0, retrying: 1 });
    } finally {
      await crashing.close();
    }
    expect(smtp.received).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'sending', attempts: 1, claimedBy: 'api-crashing' });

    // Another instance leaves the claim alone while its lease lasts (DIGEST_CLAIM_LEASE_SECONDS, 60 s by default).
    const other = await startTestApp(api.db, mailing());
    try {
      expect(await other.get(DigestRunner).run({ force: true })).toMatchObject({ attempted: 0 });
    } finally {
      await other.close();
    }
    // The same instance, restarted, hands its old claim back at once and sends again.
    const restarted = await startTestApp(api.db, { env: instance });
    try {
      expect(await restarted.get(DigestRunner).run({ force: true })).toMatchObject({ attempted: 1, sent: 1 });
      expect(await restarted.get(DigestRunner).run({ force: true, now: minutesAfter(30) })).toMatchObject({ attempted: 0 });
    } finally {
      await restarted.close();
    }
    expect(smtp.received).toHaveLength(2);
    const [first, again] = smtp.received;
    expect(again.mail.messageId).toBe(first.mail.messageId);
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 2, messageId: first.mail.messageId, claimedBy: null });
  });

  it('fires an alert once when the band changes, and once for a rise past the threshold', async () => {
    const profile = await repo(WeightProfileEntity).findOneByOrFail({ slug: 'default' });
    const points = repo(IndexPointEntity);
    const [latest, yesterday] = await points.find({
      where: { versionId: profile.activeVersionId as number },
      order: { date: 'DESC' },
      take: 2,
    });
    try {
      await points.update({ versionId: latest.versionId, date: yesterday.date }, { value: 55, band: 'elevated' });
      await points.update({ versionId: latest.versionId, date: latest.date }, { value: 62, band: 'high' });
      await subscribe({ email: 'band@example.com', cadence: 'monthly', alerts: { bandChange: true } });
      await subscribe({ email: 'rise@example.com', cadence: 'monthly', alerts: { riseDay: 5, riseWeek: 90 } });
      await subscribe({ email: 'calm@example.com', cadence: 'monthly', alerts: { riseDay: 10 } });
      expect((await run(false)).queued.alerts).toBe(2);
      expect((await run(false)).queued.alerts).toBe(0);
      const alerts = smtp.received.filter((m) => m.mail.subject?.startsWith('Alert:')).sort((a, b) => a.to[0].localeCompare(b.to[0]));
      expect(alerts.map((m) => [m.to[0], m.mail.subject])).toEqual([
        ['band@example.com', 'Alert: Kazakhstan exposure moved to High (62.0, +7.0 since yesterday) – Default'],
        ['rise@example.com', 'Alert: Kazakhstan exposure rose +7.0 since yesterday to 62.0 (High) – Default'],
      ]);
      expect(alerts[0].mail.text).toContain('The index moved from Elevated to High: 62.0, +7.0 since yesterday.');
      expect(alerts[0].mail.html).toContain('The index moved from Elevated to High: 62.0, +7.0 since yesterday.');
      expect(header(alerts[0], 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(
        (await deliveries())
          .filter((d) => d.kind === 'alert')
          .map((d) => d.periodKey)
          .sort(),
      ).toEqual([`alert:band:${latest.date}`, `alert:rise-day:${latest.date}`]);
    } finally {
      await points.save([latest, yesterday]);
    }
  });

  it('unsubscribes by the signed link (confirmation page) and by RFC 8058 one-click, without signing in', async () => {
    const sub = await subscribe({ email: 'leaver@example.com', cadence: 'weekly' });
    await run();
    const url = new URL((header(smtp.received[0], 'list-unsubscribe') as string).slice('List-Unsubscribe: <'.length, -1));
    const path = `${url.pathname}${url.search}`;
    const page = await http().get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<strong>leaver@example.com</strong>');
    expect(page.text).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">');
    expect((await repo(SubscriptionEntity).findOneByOrFail({ id: sub.id })).active).toBe(true);

    // An unknown id and a bad signature answer alike: links do not reveal which subscriptions exist.
    const forged = path.replace(/token=\d+\./, `token=${sub.id + 1}.`);
    const unknown = await http().get(forged).expect(400);
    const badSignature = await http()
      .get(path.slice(0, -2) + 'xx')
      .expect(400);
    expect(unknown.text).toBe(badSignature.text);
    await http()
      .post(path.slice(0, -2) + 'xx')
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(400);
    await http().post(path).type('form').send('List-Unsubscribe=Later').expect(400);
    const done = await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.text).toContain('You are unsubscribed');
    expect((await repo(SubscriptionEntity).findOneByOrFail({ id: sub.id })).active).toBe(false);
    await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await http().get(path).expect(200)).text).toContain('You are unsubscribed');

    expect(await run()).toMatchObject({ attempted: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('previews the next digest without storing anything, and sends the admin a test digest', async () => {
    const sub = await subscribe({ email: 'preview@example.com', displayName: '<b>Preview</b>', cadence: 'weekly' });
    const preview = (await http().get(API_ROUTES.subscriptionPreview(sub.id)).set(bearer(admin)).expect(200)).body as DigestPreviewView;
    expect(preview).toMatchObject({
      subscriptionId: sub.id,
      periodKey: expect.stringMatching(/^digest:\d{4}-W\d{2}$/),
      due: false,
      subject: expect.stringMatching(/^Kazakhstan exposure /),
    });
    expect(preview.html).toContain('Hello &lt;b&gt;Preview&lt;/b&gt;,');
    expect(preview.html).toContain('src="data:image/png;base64,');
    expect(preview.text).toContain('WEEKLY DIGEST');
    expect(await deliveries()).toEqual([]);

    const test = (await http().post(API_ROUTES.digestsTest).set(bearer(admin)).send({ subscriptionId: sub.id }).expect(201))
      .body as DeliveryView;
    expect(test).toMatchObject({ kind: 'test', status: 'sent', recipient: 'admin@example.com', transport: 'smtp', attempts: 1 });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message.to).toEqual(['admin@example.com']);
    expect(message.mail.subject).toMatch(/^\[Test\] Kazakhstan exposure /);
    expect(header(message, 'list-unsubscribe')).toBeUndefined();
    expect(message.mail.text).toContain('This is a test digest');
    // an admin's digest counts failed connector syncs (none have run here)
    expect(message.mail.text).toContain('Connector syncs failed in the last 7 days: 0 (see Evidence health).');
    const bad = await http().post(API_ROUTES.digestsTest).set(bearer(admin)).send({ profile: 'nope', cadence: 'yearly' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['cadence']);
  });

  it('keeps messages in the outbox without SMTP_URL, readable and downloadable as .eml', async () => {
    const embedded = await startTestApp(api.db, { env: { ...MAIL_ENV, KEM_NOW: CLOCK_START } });
    try {
      await subscribe({ email: 'outbox@example.com', displayName: 'Out Box', cadence: 'monthly' });
      expect(await embedded.get(DigestRunner).run({ force: true })).toMatchObject({ sent: 1 });
      const list = await http(embedded).get(API_ROUTES.outbox).set(bearer(admin)).expect(200);
      expect(list.body).toMatchObject({
        total: 1,
        items: [{ recipient: 'outbox@example.com', subject: expect.stringMatching(/^Kazakhstan exposure .* over 30 days – Default$/) }],
      });
      const id = list.body.items[0].id;
      const detail = await http(embedded).get(API_ROUTES.outboxMessage(id)).set(bearer(admin)).expect(200);
      expect(detail.body.html).toContain('src="data:image/png;base64,');
      expect(detail.body.text).toContain('MONTHLY DIGEST');
      const eml = await http(embedded)
        .get(API_ROUTES.outboxEml(id))
        .set(bearer(admin))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(eml.headers['content-type']).toMatch(/^message\/rfc822/);
      expect(eml.headers['content-disposition']).toBe(`attachment; filename="kem-message-${id}.eml"`);
      const parsed = await simpleParser(eml.body as Buffer);
      const [row] = await deliveries();
      expect(row).toMatchObject({ status: 'sent', transport: 'outbox' });
      expect(parsed.messageId).toBe(row.messageId);
      expect(parsed.to).toMatchObject({ value: [{ address: 'outbox@example.com', name: 'Out Box' }] });
      expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      );
      expect(parsed.attachments.map((a) => a.contentType)).toEqual(['image/png']);
      expect(smtp.received).toEqual([]);
    } finally {
      await embedded.close();
    }
  });
});
