/**
 * Evidence at scale: 100,000 events on SQLite and on PostgreSQL, through the public HTTP API.
 *   npm run bench:evidence                 (both engines)
 *   npm run bench:evidence -- sqlite       (one engine)
 *
 * For each engine: a fresh database (SQLite in a temporary directory; PostgreSQL in a private
 * schema of TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, dropped
 * afterwards), the whole API started in-process as apps/api/src/testing/test-app.ts does
 * (migrations, seeds, curated history), listening on a loopback port. Then:
 *   1. loads 90,000 events with nine CSV imports of 10,000 rows (POST /api/events/import);
 *   2. times the tenth 10,000-row import, which brings the table to 100,000 (target ≤ 5 s);
 *   3. times the index rebuild that import calls for (IndexBuilder.refresh(), what the background
 *      refresh runs; target ≤ 2 s) and checks through GET /api/index/latest that it was served;
 *   4. times filtered, paginated event lists (GET /api/events, as an analyst, one request at a
 *      time over keep-alive) for several filter mixes: p50/p95/p99 per mix and overall (target
 *      p99 ≤ 50 ms);
 *   5. on a failed target, prints the database's query plan of the list query, to show why.
 * Prints one JSON line per figure, with the process's CPU time beside the wall time (on a busy
 * machine the wall time is mostly waiting for a core); asserts nothing. Only HTTP routes and the index builder are
 * used, so the figures keep meaning while the API's methodology changes.
 */
import type { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { formatDay, parseDay } from '../../libs/scoring/src';
import { rng } from './evidence-random';

const ROOT = resolve(__dirname, '../..');
/** BENCH_EVENTS (a multiple of 10,000, ≥ 20,000) runs a smaller set, e.g. to look at query plans quickly. */
const TOTAL_EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const IMPORT_ROWS = 10_000;
const LIST_SAMPLES = 200;
const LIST_WARMUP = 20;
const TARGETS = { listP99Ms: 50, importS: 5, rebuildS: 2 };
const RUN_LIMIT_MS = 30 * 60_000;
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

type Engine = 'sqlite' | 'postgres';

const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

const WORDS = [
  'protest',
  'pipeline',
  'outage',
  'detained',
  'amendment',
  'drills',
  'tariff',
  'blackout',
  'rally',
  'agent',
  'court',
  'strike',
  'export',
  'ministry',
];
/** The shortest texts the API searches (EVENT_TEXT_MIN_LENGTH, one trigram): one in many rows, one in none. */
const SHORT_TEXTS = ['out', 'zqx'];
const DAYS_FROM = parseDay('2014-01-01');
const DAYS_SPAN = parseDay('2026-11-30') - DAYS_FROM;

function csvBatch(batch: number, indicators: string[]): string {
  const random = rng(batch + 1);
  const lines = ['date,indicator,title,summary,severity,source_name,source_url,confidence,end_date'];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const n = batch * IMPORT_ROWS + i;
    const day = formatDay(DAYS_FROM + Math.floor(random() * DAYS_SPAN));
    const word = WORDS[Math.floor(random() * WORDS.length)];
    const indicator = indicators[n % indicators.length];
    lines.push(
      [
        day,
        indicator,
        `Benchmark ${word} report ${n}`,
        `Synthetic ${word} item ${n} for the scale benchmark`,
        1 + Math.floor(random() * 5),
        `Source ${n % 40}`,
        `https://bench.example/${indicator}/${n}`,
        ['low', 'medium', 'high'][n % 3],
        '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Wall time and this process's CPU time (API and client share it) of `work`: on a busy machine the
 * wall time mostly waits for a core, while the CPU time is what the work itself costs.
 */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; s: number; cpu_s: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, s: (performance.now() - started) / 1000, cpu_s: (used.user + used.system) / 1e6 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function runEngine(engine: Engine): Promise<void> {
  const { createTestDatabase } = await import('@kem/api-data/testing');
  const { IndexBuilder } = await import('@kem/api-index');
  const { DataSource } = await import('typeorm');
  const { EventEntity } = await import('@kem/api-data');
  const { startTestApp, tokenFor } = await import('../../apps/api/src/testing/test-app');

  if (engine === 'postgres') process.env['TEST_DATABASE_URL'] ??= DEFAULT_PG;
  const db = await createTestDatabase(engine);
  let app: INestApplication | null = null;
  try {
    // Default settings: a 10,000-row CSV (~1.7 MB) is within the import routes' own limit (IMPORT_LIMIT_KB).
    app = await startTestApp(db);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const analyst = await tokenFor(app as never, 'analyst');
    const auth = { Authorization: `Bearer ${analyst}` };
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers: auth });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };

    const indicatorsBody: unknown = await get('/api/indicators');
    const indicatorList = (Array.isArray(indicatorsBody) ? indicatorsBody : ((indicatorsBody as { items?: unknown[] }).items ?? [])) as {
      key: string;
    }[];
    const indicators = indicatorList.map((i) => i.key);
    const builder = app.get(IndexBuilder);
    const first = await timed(() => builder.refresh());
    // Other processes on the machine inflate every figure: the load average says how busy it was.
    print({
      case: 'index-build-seeded',
      engine,
      s: round(first.s, 2),
      cpu_s: round(first.cpu_s, 2),
      cpus: cpus().length,
      load_avg_1m: round(loadavg()[0], 2),
    });

    const importCsv = async (batch: number) => {
      const body = csvBatch(batch, indicators);
      const { result, s, cpu_s } = await timed(async () => {
        const res = await fetch(`${base}/api/events/import`, { method: 'POST', headers: { ...auth, 'Content-Type': 'text/csv' }, body });
        return { status: res.status, json: (await res.json()) as { created?: number; message?: unknown } };
      });
      if (result.status !== 200 || result.json.created !== IMPORT_ROWS)
        throw new Error(`import ${batch}: ${result.status} ${JSON.stringify(result.json).slice(0, 300)}`);
      return { seconds: s, cpu_s, bytes: Buffer.byteLength(body) };
    };

    const batches = TOTAL_EVENTS / IMPORT_ROWS;
    const loadTimes: number[] = [];
    for (let batch = 0; batch < batches - 1; batch++) {
      loadTimes.push((await importCsv(batch)).seconds);
      console.error(`[${engine}] ${(batch + 1) * IMPORT_ROWS} events imported`);
    }
    print({
      case: `load-${(TOTAL_EVENTS - IMPORT_ROWS) / 1000}k`,
      engine,
      imports: loadTimes.length,
      import_s: loadTimes.map((s) => round(s, 2)),
    });

    const measured = await importCsv(batches - 1);
    if (engine === 'postgres') {
      // What autovacuum does after so many inserts (statistics, visibility map for index-only scans);
      // the test server here runs with autovacuum off.
      const dataSource = app.get(DataSource);
      await dataSource.query(`VACUUM ANALYZE ${dataSource.getMetadata(EventEntity).tableName}`);
    }
    const total = (await get('/api/events?pageSize=1')).total as number;
    print({
      case: 'import-10k',
      engine,
      s: round(measured.seconds, 2),
      cpu_s: round(measured.cpu_s, 2),
      load_avg_1m: round(loadavg()[0], 2),
      csv_kb: Math.round(measured.bytes / 1024),
      events_after: total,
      target_s: TARGETS.importS,
      met: measured.seconds <= TARGETS.importS,
    });

    const before = (await get('/api/index/latest')).computedAt;
    const rebuilt = await timed(() => builder.refresh());
    const rebuild = rebuilt.s;
    const after = (await get('/api/index/latest')).computedAt;
    print({
      case: 'index-rebuild-after-import',
      engine,
      s: round(rebuild, 2),
      cpu_s: round(rebuilt.cpu_s, 2),
      load_avg_1m: round(loadavg()[0], 2),
      served_changed: before !== after,
      target_s: TARGETS.rebuildS,
      met: rebuild <= TARGETS.rebuildS,
    });

    const pick = rng(42);
    const ind = () => indicators[Math.floor(pick() * indicators.length)];
    const page = (max: number) => 1 + Math.floor(pick() * max);
    const mixes: [string, () => string][] = [
      ['newest', () => `/api/events?page=${page(20)}`],
      ['indicator', () => `/api/events?indicator=${ind()}&page=${page(50)}`],
      ['indicator+range', () => `/api/events?indicator=${ind()}&from=2020-01-01&to=2021-12-31&page=${page(5)}`],
      ['range', () => `/api/events?from=2024-01-01&to=2024-06-30&page=${page(20)}`],
      ['status+asc', () => `/api/events?status=published&sort=asc&page=${page(100)}`],
      ['text', () => `/api/events?q=${WORDS[Math.floor(pick() * WORDS.length)]}&page=${page(10)}`],
      ['deep-page', () => `/api/events?page=${1500 + page(500)}`],
      ['short-text', () => `/api/events?q=${SHORT_TEXTS[Math.floor(pick() * SHORT_TEXTS.length)]}&page=${page(10)}`],
    ];
    const all: number[] = [];
    const slow: string[] = [];
    for (const [name, path] of mixes) {
      for (let i = 0; i < LIST_WARMUP; i++) await get(path());
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < LIST_SAMPLES; i++) {
        const started = performance.now();
        await get(path());
        times.push(performance.now() - started);
      }
      const used = process.cpuUsage(cpu);
      times.sort((a, b) => a - b);
      all.push(...times);
      const p99 = percentile(times, 99);
      if (p99 > TARGETS.listP99Ms) slow.push(name);
      print({
        case: 'list',
        engine,
        mix: name,
        n: times.length,
        p50_ms: round(percentile(times, 50)),
        p95_ms: round(percentile(times, 95)),
        p99_ms: round(p99),
        cpu_ms_mean: round((used.user + used.system) / 1000 / LIST_SAMPLES),
      });
    }
    all.sort((a, b) => a - b);
    const p99 = percentile(all, 99);
    print({
      case: 'list-overall',
      engine,
      load_avg_1m: round(loadavg()[0], 2),
      n: all.length,
      p50_ms: round(percentile(all, 50)),
      p99_ms: round(p99),
      target_p99_ms: TARGETS.listP99Ms,
      met: p99 <= TARGETS.listP99Ms,
      slow_mixes: slow,
    });

    if (slow.length > 0) {
      // Why: the plans of the page's ids and of its count, as the service builds them (live rows only).
      const dataSource = app.get(DataSource);
      const table = dataSource.getMetadata(EventEntity).tableName;
      const explain = engine === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN';
      const listSql = `SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 50 OFFSET 1000`;
      const filteredSql = `SELECT id FROM ${table} WHERE indicator_key = 'internal_unrest' AND COALESCE(end_date, date) >= '2020-01-01' AND date <= '2021-12-31' AND deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 50`;
      for (const [label, sql] of [
        ['newest', listSql],
        ['indicator+range', filteredSql],
        ['count', `SELECT COUNT(*) FROM ${table} WHERE deleted_at IS NULL`],
      ] as const) {
        const rows = (await dataSource.query(`${explain} ${sql}`)) as Record<string, unknown>[];
        print({ case: 'plan', engine, query: label, plan: rows.map((r) => String(r['detail'] ?? r['QUERY PLAN'] ?? JSON.stringify(r))) });
      }
    }
  } finally {
    await app?.close();
    await db.drop();
  }
}

const args = process.argv.slice(2);
if (args[0] === '--worker') {
  setTimeout(() => {
    console.error(`evidence-scale: over ${RUN_LIMIT_MS / 60_000} minutes, stopped`);
    process.exit(1);
  }, RUN_LIMIT_MS).unref();
  runEngine(args[1] as Engine).then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
} else {
  // Each engine in a fresh process; the workspace tsconfig gives the loader the @kem/* paths and
  // decorator metadata (as in digests.bench.ts).
  const engines = (args.length > 0 ? args : ['sqlite', 'postgres']) as Engine[];
  let failed = 0;
  for (const engine of engines) {
    const child = spawnSync(process.execPath, ['-r', '@swc-node/register', __filename, '--worker', engine], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.app.json'), LOG_LEVEL: 'error' },
    });
    if (child.status !== 0) failed++;
  }
  process.exit(failed > 0 ? 1 : 0);
}
