/**
 * Digest delivery benchmark: 10,000 subscriptions delivered over SMTP to a local server.
 *   node -r @swc-node/register tools/benchmarks/digests.bench.ts
 *
 * Starts a real SMTP server (smtp-server on 127.0.0.1, free port) in a child process, so its memory
 * is not counted; starts the API's Nest application context on a temporary SQLite database
 * (migrations, seeds, the curated history), builds the index of the five preset profiles, inserts
 * 10,000 subscriptions spread over the profiles, cadences and two time zones (a fifth with
 * alerts), then times one forced due check — what POST /api/digests/run?force=true does — until
 * every message is accepted, sampling the process's resident memory meanwhile, and a second run for
 * the same period, which must send nothing. The figures cover the delivery runs (set-up excluded).
 *
 * It runs twice, in fresh processes: with the runtime settings recommended for the API process
 * (V8 old space capped at 256 MB, MALLOC_ARENA_MAX=2), and with Node's defaults. The run keeps
 * about 70 MB alive; what the defaults add is garbage V8 and glibc are in no hurry to hand back.
 * start_rss_mb is the process before the application loads: node plus this script's TypeScript
 * loader (swc-node and the TypeScript compiler, about 85 MB a built server does not carry).
 * Prints one JSON line per case:
 *   {"case":"digests-10k","total_s":…,"peak_rss_mb":…,"targets":{"total_s":120,"rss_mb":300},"met":…}
 *   {"case":"digests-10k-rerun","sent":0,…}
 *   {"case":"digests-10k-node-defaults",…}
 * Loopback only; child processes and the temporary directory are removed however the run ends.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { ChildProcess, fork, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SUBSCRIPTIONS = 10_000;
const TARGETS = { total_s: 120, rss_mb: 300 };
const RUN_LIMIT_MS = 10 * 60_000;
const CADENCES = ['daily', 'weekly', 'monthly'] as const;
const RECOMMENDED = {
  nodeArgs: ['--max-old-space-size=256'],
  env: { MALLOC_ARENA_MAX: '2' },
  label: '--max-old-space-size=256, MALLOC_ARENA_MAX=2',
};
const mb = (bytes: number) => Math.round(bytes / 1048576);

// ---------------------------------------------------------------------------------------------
// The SMTP server: a child process that accepts everything and counts it.
// ---------------------------------------------------------------------------------------------

async function smtpSinkMain(): Promise<void> {
  const { SMTPServer } = await import('smtp-server');
  let messages = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('end', () => {
        messages++;
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.server.address() as { port: number }).port }));
  process.on('message', () => process.send?.({ messages, bytes }));
  process.on('disconnect', () => process.exit(0));
}

interface Sink {
  port: number;
  stats(): Promise<{ messages: number; bytes: number }>;
}

function startSmtpSink(children: Set<ChildProcess>): Promise<Sink> {
  const child = fork(__filename, ['--smtp-sink'], {
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  return new Promise((resolvePort, reject) => {
    child.once('error', reject);
    child.once('message', (m: { port: number }) =>
      resolvePort({ port: m.port, stats: () => new Promise((done) => (child.once('message', done), child.send('stats'))) }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// One measured configuration, in a process whose TypeScript loader knows the workspace.
// ---------------------------------------------------------------------------------------------

async function benchmarkMain(caseName: string, runtime: string, withRerun: boolean): Promise<boolean> {
  const startRss = process.memoryUsage().rss;
  const children = new Set<ChildProcess>();
  const dir = mkdtempSync(join(tmpdir(), 'kem-digests-bench-'));
  process.on('exit', () => {
    children.forEach((c) => c.kill('SIGKILL'));
    rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  setTimeout(() => {
    console.error(`digests benchmark: gave up after ${RUN_LIMIT_MS / 1000} s`);
    process.exit(1);
  }, RUN_LIMIT_MS).unref();

  const sink = await startSmtpSink(children);
  const { loadConfig } = await import('@kem/api-config');
  const { SubscriptionEntity, WeightProfileEntity } = await import('@kem/api-data');
  const { DigestRunner } = await import('@kem/api-digests');
  const { IndexBuilder } = await import('@kem/api-index');
  const { NestFactory } = await import('@nestjs/core');
  const { DataSource } = await import('typeorm');
  const { AppModule } = await import('../../apps/api/src/app/app.module');

  const config = loadConfig(
    {
      DB_PATH: join(dir, 'bench.sqlite'),
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      MAIL_FROM: 'Kazakhstan Exposure Monitor <risk@bench.example>',
      PUBLIC_URL: 'https://risk.bench.example',
      SCHEDULES_ENABLED: 'false',
      ADMIN_PASSWORD: 'benchmark-password-123',
    },
    { cwd: ROOT },
  );
  const setupStarted = performance.now();
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  await app.get(IndexBuilder).refresh();
  const dataSource = app.get(DataSource);
  const profiles = await dataSource.getRepository(WeightProfileEntity).find({ where: { archived: false }, order: { id: 'ASC' } });
  const rows = Array.from({ length: SUBSCRIPTIONS }, (_, i) => ({
    email: `risk.manager.${i}@bench.example`,
    displayName: `Risk Manager ${i}`,
    cadence: CADENCES[i % CADENCES.length],
    sendTime: '08:00',
    timeZone: i % 2 ? 'Asia/Almaty' : 'Europe/London',
    profileId: profiles[i % profiles.length].id,
    alertBandChange: i % 5 === 0,
    alertRiseDay: null,
    alertRiseWeek: i % 5 === 0 ? 5 : null,
    active: true,
    unsubscribedAt: null,
    unsubscribeKey: randomBytes(32).toString('hex'),
    ownerId: null,
  }));
  for (let i = 0; i < rows.length; i += 500) await dataSource.getRepository(SubscriptionEntity).insert(rows.slice(i, i + 500));
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  const runner = app.get(DigestRunner);
  const measure = async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const started = performance.now();
    const view = await runner.run({ force: true });
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    clearInterval(sampler);
    return {
      view,
      seconds,
      before: mb(before),
      peak: mb(Math.max(peak, process.memoryUsage().rss)),
      charts: runner.lastRunCharts,
      received: (await sink.stats()).messages,
    };
  };

  const first = await measure();
  const met =
    first.view.sent === SUBSCRIPTIONS &&
    first.received === SUBSCRIPTIONS &&
    first.seconds <= TARGETS.total_s &&
    first.peak <= TARGETS.rss_mb;
  console.log(
    JSON.stringify({
      case: caseName,
      subscriptions: SUBSCRIPTIONS,
      sent: first.view.sent,
      received: first.received,
      received_mb: mb((await sink.stats()).bytes),
      not_sent: SUBSCRIPTIONS - first.view.sent,
      charts_drawn: first.charts,
      profiles: profiles.length,
      messages_per_s: Math.round(first.view.sent / first.seconds),
      total_s: first.seconds,
      peak_rss_mb: first.peak,
      rss_before_run_mb: first.before,
      start_rss_mb: mb(startRss),
      setup_s: Math.round(setupSeconds * 10) / 10,
      runtime,
      targets: TARGETS,
      met,
    }),
  );
  if (withRerun) {
    const again = await measure();
    console.log(
      JSON.stringify({
        case: `${caseName}-rerun`,
        sent: again.view.sent,
        received: again.received - first.received,
        total_s: again.seconds,
        peak_rss_mb: again.peak,
        met: again.view.sent === 0 && again.received === first.received,
      }),
    );
  }
  await app.close();
  return met;
}

// ---------------------------------------------------------------------------------------------
// Entry: runs each configuration in a fresh process. Without the workspace's tsconfig the loader
// knows neither the @kem/* paths nor decorator metadata, hence SWC_NODE_PROJECT.
// ---------------------------------------------------------------------------------------------

function runWorker(caseName: string, nodeArgs: string[], env: Record<string, string>, runtime: string): number {
  const child = spawnSync(process.execPath, [...nodeArgs, '-r', '@swc-node/register', __filename, '--worker', caseName, runtime], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env, SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.app.json') },
  });
  return child.status ?? 1;
}

const args = process.argv.slice(2);
if (args[0] === '--smtp-sink') {
  void smtpSinkMain();
} else if (args[0] === '--worker') {
  benchmarkMain(args[1], args[2], args[1] === 'digests-10k').then(
    (met) => process.exit(met ? 0 : 2),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
} else {
  const recommended = runWorker('digests-10k', RECOMMENDED.nodeArgs, RECOMMENDED.env, RECOMMENDED.label);
  const defaults = runWorker('digests-10k-node-defaults', [], {}, 'node defaults');
  // Only the recommended configuration decides the exit status; the defaults are shown for comparison.
  process.exit(recommended === 0 && defaults !== 1 ? 0 : 1);
}
