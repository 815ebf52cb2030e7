import { API_ROUTES } from '@kem/contracts';
import { startSmtpServer, TestSmtpServer } from '../../apps/api/src/testing/smtp-server';
import { createPostgresDatabase, testPostgresServer, TestPostgresDatabase } from '../support/postgres';
import { RunningServer, startServer } from '../support/server';
import { waitForIndex } from '../support/wait-for-index';

/**
 * Two API processes (the built server) on one fresh PostgreSQL database and one real SMTP server:
 * the start race, concurrent digest runs, a run far longer than the claim lease, a kill -9 in the
 * middle of a run and a SIGTERM with work in flight — counting the messages each recipient gets.
 *
 * The SMTP server answers each message only after SMTP_DELAY_MS, and each instance talks to its own
 * listener of it, so every message is known to come from A or B. Claims last LEASE_S seconds.
 * The guarantee checked is the README's: exactly once, except that a message the SMTP server
 * accepted from an instance that died before recording it is sent again, with the same Message-ID.
 */
const SERVER = testPostgresServer();
const LEASE_S = 3;
const SMTP_DELAY_MS = 1200;
const ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' };
const NEVER = '0 0 1 1 *';

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

(SERVER ? describe : describe.skip)('two API instances on one PostgreSQL database', () => {
  let db: TestPostgresDatabase;
  let smtp: TestSmtpServer;
  let a: RunningServer;
  let b: RunningServer;
  let token: string;
  const env = (name: string, smtpUrl: string) => ({
    DATABASE_URL: db.url,
    INSTANCE_ID: name,
    SMTP_URL: smtpUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DIGEST_CLAIM_LEASE_SECONDS: String(LEASE_S),
    // Runs are started by the test (and by the lapsed-claim check, which is what a crash needs).
    DIGEST_CHECK_CRON: NEVER,
    CONNECTORS_CRON: NEVER,
  });
  const api = async (server: RunningServer, method: string, path: string, body?: object) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
  };
  const run = async (server: RunningServer) => {
    const res = await api(server, 'POST', `${API_ROUTES.digestsRun}?force=true`);
    if (res.status !== 200) throw new Error(`digest run on ${server.url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { startedAt: string; finishedAt: string; attempted: number; sent: number };
  };
  const subscribe = async (server: RunningServer, prefix: string, count: number) => {
    const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i}@example.com`);
    for (const email of emails) {
      const res = await api(server, 'POST', API_ROUTES.subscriptions, { email, cadence: 'weekly' });
      if (res.status !== 201) throw new Error(`subscribe ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return emails;
  };
  const copies = (emails: string[]) => new Map(emails.map((e) => [e, smtp.received.filter((m) => m.to.includes(e))]));
  const rows = (prefix: string) =>
    db.query<{ recipient: string; status: string; claimed_by: string | null; attempts: number; message_id: string | null }>(
      `SELECT recipient, status, claimed_by, attempts, message_id FROM delivery WHERE recipient LIKE $1 ORDER BY id`,
      [`${prefix}-%`],
    );

  beforeAll(async () => {
    db = await createPostgresDatabase(SERVER as string);
    smtp = await startSmtpServer({ listeners: 2, delayMs: SMTP_DELAY_MS });
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await smtp?.close();
    await db?.drop();
  });

  it('both start at the same moment on the empty database; one creates the admin', async () => {
    [a, b] = await Promise.all([startServer(env('sys-a', smtp.urls[0])), startServer(env('sys-b', smtp.urls[1]))]);
    const created = [...a.logs, ...b.logs].filter((line) => line.includes('Created admin account'));
    expect(created).toHaveLength(1);
    const login = await fetch(`${b.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(login.status).toBe(200);
    token = ((await login.json()) as { token: string }).token;
    expect(await db.query(`SELECT COUNT(*)::int AS n FROM user_account`)).toEqual([{ n: 1 }]);
    // One of them builds each index version; both serve it.
    await Promise.all([waitForIndex(a.url, 40_000), waitForIndex(b.url, 40_000)]);
    const builds = await db.query<{ status: string }>(`SELECT status FROM index_build`);
    expect(builds.length).toBeGreaterThan(0);
  }, 60_000);

  it('sends each digest once when both run at the same moment', async () => {
    const emails = await subscribe(a, 'both', 12);
    const [byA, byB] = await Promise.all([run(a), run(b)]);
    expect(byA.sent + byB.sent).toBe(12);
    for (const [email, got] of copies(emails)) expect([email, got.length]).toEqual([email, 1]);
    expect((await rows('both')).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('keeps the rows of a run far longer than the lease: the other instance never takes them', async () => {
    const emails = await subscribe(a, 'long', 20);
    const longRun = run(a);
    // A holds claims (each worker claims 5, sends one every 1.2 s: ~7 s, more than twice the 3 s lease).
    const heldByA = await until('A to claim', async () => {
      const held = (await rows('long')).filter((r) => r.status === 'sending' && r.claimed_by === 'sys-a');
      return held.length >= 16 ? held.map((r) => r.recipient) : undefined;
    });
    let done = false;
    void longRun.finally(() => (done = true));
    // Meanwhile B keeps running the due check; it may take only rows nobody holds.
    const extra: number[] = [];
    while (!done) {
      extra.push((await run(b)).sent);
      await new Promise((r) => setTimeout(r, 250));
    }
    const view = await longRun;
    expect(Date.parse(view.finishedAt) - Date.parse(view.startedAt)).toBeGreaterThan(2 * LEASE_S * 1000);
    expect(view.sent + extra.reduce((n, s) => n + s, 0)).toBe(20);
    const got = copies(emails);
    for (const [email, messages] of got) expect([email, messages.length]).toEqual([email, 1]);
    // Every row A held when B started looking was sent by A, however long A took.
    for (const email of heldByA) expect([email, got.get(email)?.[0].via]).toEqual([email, 0]);
    expect((await rows('long')).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('after kill -9 of one instance mid-run, the other sends the rest promptly: once each, or again (same Message-ID) only if accepted before the crash', async () => {
    const emails = await subscribe(a, 'crash', 20);
    void run(a).catch(() => undefined); // the connection dies with A
    await until('A to have sent a few', async () =>
      smtp.received.filter((m) => m.via === 0 && m.to[0].startsWith('crash-')).length >= 3 ? true : undefined,
    );
    a.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const killedAt = Date.now();
    // What A recorded before it died (B cannot take A's rows before their leases lapse, seconds from now).
    const recordedByA = new Set((await rows('crash')).filter((r) => r.status === 'sent').map((r) => r.recipient));
    // What A had handed to the SMTP server: it still answers the messages A sent before dying.
    await until('the SMTP server to answer what A sent', async () => (smtp.inFlight(0) === 0 ? true : undefined));
    const fromA = new Set(smtp.received.filter((m) => m.via === 0).flatMap((m) => m.to));
    const mayRepeat = [...fromA].filter((e) => e.startsWith('crash-') && !recordedByA.has(e));
    expect(mayRepeat.length).toBeLessThanOrEqual(4); // at most one per SMTP connection A had open

    // B notices the lapsed claims by itself (within a lease) and sends everything still owed.
    await until(
      'every crash delivery to be sent',
      async () => ((await rows('crash')).every((r) => r.status === 'sent') ? true : undefined),
      30_000,
    );
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    const got = copies(emails);
    for (const [email, messages] of got) {
      const allowed = mayRepeat.includes(email) ? [1, 2] : [1];
      expect([email, allowed.includes(messages.length)]).toEqual([email, true]);
      expect(new Set(messages.map((m) => m.mail.messageId)).size).toBe(1);
    }
    const final = await rows('crash');
    expect(final.every((r) => r.claimed_by === null && r.message_id !== null)).toBe(true);
    expect(b.logs.some((line) => line.includes('lapsed') || line.includes('stopped are due again'))).toBe(true);
  });

  it('stops within 10 s on SIGTERM with a digest run and a connector sync in flight, handing back what it did not finish', async () => {
    const emails = await subscribe(b, 'term', 10);
    void run(b).catch(() => undefined);
    await until('B to be sending', async () => (smtp.received.some((m) => m.to[0].startsWith('term-')) ? true : undefined));
    // A sync of a source this machine cannot reach (no internet): it would wait out timeouts and retries.
    const sync = await api(b, 'POST', API_ROUTES.connectorSync('gdelt'));
    expect(sync.status).toBe(202);
    const started = Date.now();
    b.kill('SIGTERM');
    await b.exited;
    expect(Date.now() - started).toBeLessThan(10_000);
    const left = await rows('term');
    // Each row is sent (and arrived once) or handed back, due again; none is left claimed.
    expect(left.every((r) => (r.status === 'sent' || r.status === 'pending') && r.claimed_by === null)).toBe(true);
    const got = copies(emails);
    for (const r of left) expect([r.recipient, got.get(r.recipient)?.length]).toEqual([r.recipient, r.status === 'sent' ? 1 : 0]);
    expect(left.some((r) => r.status === 'pending')).toBe(true);
    const [lastSync] = await db.query<{ status: string; error: string }>(
      `SELECT status, error FROM connector_run WHERE connector_key = 'gdelt' ORDER BY id DESC LIMIT 1`,
    );
    expect(lastSync).toEqual({ status: 'failed', error: 'Interrupted: the API stopped during this sync' });
    expect(await db.query(`SELECT holder FROM connector_lease WHERE connector_key = 'gdelt'`)).toEqual([{ holder: null }]);
  });
});
