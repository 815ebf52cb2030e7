/**
 * The event list's queries at 100,000 events, without HTTP: what each filter mix of
 * evidence-scale.bench.ts costs in the database and how the database runs it.
 *   node -r @swc-node/register tools/benchmarks/evidence-list-queries.bench.ts [sqlite|postgres]
 * (SWC_NODE_PROJECT=apps/api/tsconfig.app.json; PostgreSQL in a private schema of TEST_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/test.) Migrates a fresh database, inserts synthetic
 * events in bulk, then for each mix prints the median and 99th-percentile time of
 * EventsService.list with the CPU time of this process, and the plan of every statement it ran.
 * Prints figures, asserts nothing. BENCH_KEEP=<file> keeps the database to explore (see below).
 */
import { loadavg } from 'node:os';
import type { Logger } from 'typeorm';
import { rng } from './evidence-random';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const RUNS = 100;
const WORDS = ['protest', 'pipeline', 'outage', 'detained', 'amendment', 'drills', 'tariff', 'blackout', 'rally', 'agent'];
const INDICATORS = ['cpc_pipeline', 'internal_unrest', 'foreign_agent', 'csto_military', 'power_grid', 'media_freedom'];

type Engine = 'sqlite' | 'postgres';
const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
const round = (n: number) => Math.round(n * 10) / 10;

/** Remembers the statements a list ran, to explain them afterwards. */
function recorder(): Logger & { recording: boolean; statements: [string, unknown[]][] } {
  const ignore = () => undefined;
  const self = {
    recording: false,
    statements: [] as [string, unknown[]][],
    logQuery: (query: string, parameters?: unknown[]) => {
      if (self.recording) self.statements.push([query, parameters ?? []]);
    },
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
  return self;
}

async function run(engine: Engine): Promise<void> {
  const { createTestDatabase } = await import('@kem/api-data/testing');
  const { AuditTrail, dataSourceOptions, EventEntity, insertRows, migrate } = await import('@kem/api-data');
  const { fixedClock } = await import('@kem/api-config');
  const { EventsService } = await import('../../libs/api-evidence/src/lib/events/events.service');
  const { formatDay, parseDay } = await import('../../libs/scoring/src');
  const { DataSource } = await import('typeorm');

  process.env['TEST_DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/test';
  const db = await createTestDatabase(engine);
  const log = recorder();
  const dataSource = await new DataSource({ ...dataSourceOptions(db.config), logging: true, logger: log }).initialize();
  try {
    await migrate(dataSource);
    for (const key of INDICATORS)
      await dataSource.query(
        `INSERT INTO indicator (key, name, category, description, method, default_weight) VALUES ('${key}', '${key}', 'test', '', '{}', 1)`,
      );
    const random = rng(1);
    const from = parseDay('2014-01-01');
    const span = parseDay('2026-11-30') - from;
    const started = performance.now();
    await dataSource.transaction(async (manager) => {
      for (let first = 0; first < EVENTS; first += 10_000) {
        const rows = Array.from({ length: Math.min(10_000, EVENTS - first) }, (_, i) => {
          const n = first + i;
          const word = WORDS[Math.floor(random() * WORDS.length)];
          return {
            indicatorKey: INDICATORS[n % INDICATORS.length],
            date: formatDay(from + Math.floor(random() * span)),
            datePrecision: 'day' as const,
            endDate: null,
            title: `Benchmark ${word} report ${n}`,
            summary: `Synthetic ${word} item ${n} for the scale benchmark`,
            severity: 1 + Math.floor(random() * 5),
            stage: null,
            sourceName: `Source ${n % 40}`,
            sourceUrl: `https://bench.example/${n}`,
            confidence: 'high' as const,
            status: n % 50 === 0 ? ('draft' as const) : ('published' as const),
            origin: 'analyst' as const,
            lifecycle: 'unknown' as const,
            parentId: null,
            recordedAt: null,
            seedRef: null,
            authorId: null,
          };
        });
        await insertRows(manager, EventEntity, rows);
      }
    });
    // What autovacuum does after so many inserts; SQLite is left without statistics, as the API leaves it.
    if (engine === 'postgres') await dataSource.query('VACUUM ANALYZE evidence_event');
    else if (process.env['BENCH_KEEP']) await dataSource.query(`VACUUM INTO '${process.env['BENCH_KEEP']}'`);
    print({ case: 'insert', engine, events: EVENTS, s: round((performance.now() - started) / 100) / 10 });

    const events = new EventsService(dataSource, new AuditTrail(), fixedClock('2026-12-01T00:00:00Z'));
    const pick = rng(42);
    const ind = () => INDICATORS[Math.floor(pick() * INDICATORS.length)];
    const page = (max: number) => 1 + Math.floor(pick() * max);
    const analyst = { seesUnpublished: true };
    const mixes: [string, () => Parameters<EventsService['list']>[0]][] = [
      ['newest', () => ({ page: page(20) })],
      ['indicator', () => ({ indicator: ind(), page: page(50) })],
      ['indicator+range', () => ({ indicator: ind(), from: '2020-01-01', to: '2021-12-31', page: page(5) })],
      ['range', () => ({ from: '2024-01-01', to: '2024-06-30', page: page(20) })],
      ['status+asc', () => ({ status: 'published', sort: 'asc', page: page(100) })],
      ['text', () => ({ q: WORDS[Math.floor(pick() * WORDS.length)], page: page(10) })],
      ['text-short', () => ({ q: 'ly', page: page(10) })],
      ['deep-page', () => ({ page: 1500 + page(500) })],
    ];
    const explain = engine === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)';
    for (const [mix, query] of mixes) {
      for (let i = 0; i < 10; i++) await events.list(query(), analyst);
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await events.list(query(), analyst);
        times.push(performance.now() - t0);
      }
      const used = process.cpuUsage(cpu);
      times.sort((a, b) => a - b);
      print({
        case: 'list',
        engine,
        mix,
        p50_ms: round(times[RUNS / 2]),
        p99_ms: round(times[RUNS - 2]),
        cpu_ms_mean: round((used.user + used.system) / 1000 / RUNS),
        load_avg_1m: round(loadavg()[0]),
      });
      log.statements = [];
      log.recording = true;
      await events.list(query(), analyst);
      log.recording = false;
      for (const [sql, parameters] of log.statements.slice(0, 2)) {
        const rows = (await dataSource.query(`${explain} ${sql}`, parameters)) as Record<string, unknown>[];
        print({
          case: 'plan',
          engine,
          mix,
          sql: sql.replace(/\s+/g, ' ').slice(0, 400),
          plan: rows.map((r) => String(r['detail'] ?? r['QUERY PLAN'])),
        });
      }
    }
  } finally {
    await dataSource.destroy();
    // BENCH_KEEP: the SQLite file is copied there; a PostgreSQL schema is left in place to explore.
    if (engine === 'postgres' && process.env['BENCH_KEEP'])
      print({ case: 'kept', url: db.config.type === 'postgres' ? db.config.url : '' });
    else await db.drop();
  }
}

run((process.argv[2] as Engine | undefined) ?? 'sqlite').then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
