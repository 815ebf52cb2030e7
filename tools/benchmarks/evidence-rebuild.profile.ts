/**
 * Where the index rebuild after an import spends its time, at 100,000 events.
 *   node -r @swc-node/register tools/benchmarks/evidence-rebuild.profile.ts [sqlite|postgres] [profile.cpuprofile]
 * (SWC_NODE_PROJECT=apps/api/tsconfig.app.json.) Starts the API in-process on a fresh database as
 * evidence-scale.bench.ts does, stores 90,000 synthetic published events in bulk and builds the
 * index, then stores 10,000 more (what an import writes) and times the rebuild — the CPU profile of
 * that rebuild goes to the given file (open it in Chrome DevTools), and each step the builder logs
 * is printed with its time. Prints figures, asserts nothing.
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { rng } from './evidence-random';

type Engine = 'sqlite' | 'postgres';
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

async function run(engine: Engine, profileFile: string | undefined): Promise<void> {
  const { createTestDatabase } = await import('@kem/api-data/testing');
  const { EventEntity, IndicatorEntity, insertRows } = await import('@kem/api-data');
  const { IndexBuilder } = await import('@kem/api-index');
  const { formatDay, parseDay } = await import('../../libs/scoring/src');
  const { DataSource } = await import('typeorm');
  const { startTestApp } = await import('../../apps/api/src/testing/test-app');

  process.env['TEST_DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/test';
  const db = await createTestDatabase(engine);
  const app = await startTestApp(db);
  try {
    const dataSource = app.get(DataSource);
    const builder = app.get(IndexBuilder);
    const indicators = (await dataSource.getRepository(IndicatorEntity).find()).map((i) => i.key);
    const random = rng(7);
    const from = parseDay('2014-01-01');
    const span = parseDay('2026-11-30') - from;
    const store = (first: number, count: number) =>
      dataSource.transaction((manager) =>
        insertRows(
          manager,
          EventEntity,
          Array.from({ length: count }, (_, i) => ({
            indicatorKey: indicators[(first + i) % indicators.length],
            date: formatDay(from + Math.floor(random() * span)),
            datePrecision: 'day' as const,
            endDate: null,
            title: `Benchmark report ${first + i}`,
            summary: 'Synthetic item for the rebuild profile',
            severity: 1 + Math.floor(random() * 5),
            stage: null,
            sourceName: 'Source',
            sourceUrl: `https://bench.example/${first + i}`,
            confidence: 'medium' as const,
            status: 'published' as const,
            origin: 'analyst' as const,
            lifecycle: 'unknown' as const,
            parentId: null,
            recordedAt: '2026-12-01',
            seedRef: null,
            authorId: null,
          })),
        ),
      );
    for (let first = 0; first < EVENTS - 10_000; first += 10_000) await store(first, 10_000);
    let t0 = performance.now();
    await builder.refresh();
    print({ case: 'build', engine, events: EVENTS - 10_000, s: Math.round(performance.now() - t0) / 1000 });

    await store(EVENTS - 10_000, 10_000);
    const session = new Session();
    session.connect();
    if (profileFile) {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const cpu = process.cpuUsage();
    t0 = performance.now();
    await builder.refresh();
    const used = process.cpuUsage(cpu);
    const s = Math.round(performance.now() - t0) / 1000;
    if (profileFile) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    session.disconnect();
    print({
      case: 'rebuild-after-10k',
      engine,
      events: EVENTS,
      s,
      cpu_s: Math.round((used.user + used.system) / 1000) / 1000,
      load_avg_1m: Math.round(loadavg()[0] * 10) / 10,
    });
  } finally {
    await app.close();
    await db.drop();
  }
}

run((process.argv[2] as Engine | undefined) ?? 'sqlite', process.argv[3]).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
