/**
 * GET /api/index under load, beside a bare Node http server that returns the same bytes.
 *   npm run build && node -r @swc-node/register tools/benchmarks/index-api.bench.ts
 *
 * Starts the built server (dist/apps/api/main.js) on a free loopback port with a temporary SQLite
 * database and the curated history, waits until the index of the default profile is served (it is
 * built in the background at start; 503 until then), fetches ten years of daily points once
 * (GET /api/index?from=…, ~3,650 points up to the last computed day), then serves exactly those bytes
 * from a bare node:http server in a separate process. autocannon loads each target in turn (2 s warm-up, then 10 s, 10 connections) from this
 * process, so each server has a core of its own on a two-core machine. Prints one JSON line per case:
 *   {"case":"api-index","rps":…,"p99_ms":…,"bytes":…}
 *   {"case":"bare-node","rps":…,"p99_ms":…}
 *   {"case":"api-vs-bare","ratio":…,"target":0.5,"met":…}
 * Loopback only; the servers, temporary files and directories are removed however the run ends.
 *
 * Also exports the start-up helpers that tools/benchmarks/dashboard.bench.ts uses.
 */
import type { IndexSeriesView } from '@kem/contracts';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const LOOPBACK = '127.0.0.1';

const CONNECTIONS = 10;
const DURATION_S = 10;
const WARMUP_S = 2;
const TARGET_RATIO = 0.5;
/** The whole run: start-up, index build, two warm-ups and two measured runs, with room to spare. */
const RUN_LIMIT_MS = 5 * 60_000;

// ---------------------------------------------------------------------------------------------
// Clean-up that runs however the process ends: normal exit, thrown error, Ctrl-C or a deadline.
// ---------------------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

function cleanUpNow(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

let guarded = false;
/**
 * Makes sure child processes and temporary directories go away even when the script fails, is
 * interrupted or overruns `limitMs` (then it exits with status 1 and says so).
 */
export function guardProcess(limitMs: number, what: string): void {
  if (guarded) return;
  guarded = true;
  process.on('exit', cleanUpNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`${what}: interrupted by ${signal}`);
      process.exit(130);
    });
  }
  setTimeout(() => {
    console.error(`${what}: gave up after ${Math.round(limitMs / 1000)} s`);
    process.exit(1);
  }, limitMs).unref();
}

/** A temporary directory that is deleted when the process ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Spawns a process that is killed when this one ends; stdout and stderr are kept in `logs`. */
function spawnTracked(args: string[], env: NodeJS.ProcessEnv, logs: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const keep = (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => children.delete(child));
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------
// The built server
// ---------------------------------------------------------------------------------------------

export interface BuiltServer {
  readonly url: string;
  readonly logs: string[];
  stop(): Promise<void>;
}

/** A started server at `url`: stopping it stops `child` and deletes its temporary directory `dir`. */
function serverOf(url: string, logs: string[], child: ChildProcess, dir: string): BuiltServer {
  return {
    url,
    logs,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    },
  };
}

/**
 * Starts dist/apps/api/main.js on a free loopback port with a fresh SQLite database (migrations and
 * the curated history run at start) and resolves once GET /api/index answers 200, i.e. the default
 * profile's index has been built.
 */
export async function startBuiltServer(readyWithinMs = 180_000): Promise<BuiltServer> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npm run build" first`);
  const dataDir = tempDir('kem-bench-');
  const port = await freePort();
  const logs: string[] = [];
  const child = spawnTracked(
    [API_MAIN],
    {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: LOOPBACK,
      DB_PATH: join(dataDir, 'kem.sqlite'),
      SCHEDULES_ENABLED: 'true',
      LOG_LEVEL: 'warn',
    },
    logs,
  );
  const url = `http://${LOOPBACK}:${port}`;
  const deadline = Date.now() + readyWithinMs;
  let last = 'no answer yet';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start (status ${child.exitCode}):\n${logs.join('\n')}`);
    try {
      const response = await fetch(`${url}/api/index`, { signal: AbortSignal.timeout(5_000) });
      const body = await response.text();
      if (response.status === 200) break;
      if (response.status !== 503) {
        // 503 means the index is still being built; anything else will not get better by waiting
        throw new Error(
          `GET /api/index answered ${response.status} (is dist/ older than the index API? run "npm run build"): ${body.slice(0, 300)}`,
        );
      }
      last = `HTTP ${response.status}`;
    } catch (error) {
      if (!(error instanceof TypeError) && (error as Error).name !== 'TimeoutError') throw error;
      last = (error as Error).message; // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(`GET /api/index did not answer 200 within ${readyWithinMs / 1000} s (last: ${last}):\n${logs.join('\n')}`);
    }
    await pause(250);
  }
  return serverOf(url, logs, child, dataDir);
}

// ---------------------------------------------------------------------------------------------
// The bare server: node:http returning fixed bytes, in a process of its own
// ---------------------------------------------------------------------------------------------

const BARE_SERVER = `
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const [file, contentType, port, host] = process.argv.slice(1);
const body = readFileSync(file);
createServer((req, res) => {
  res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
  res.end(body);
}).listen(Number(port), host, () => process.stdout.write('listening\\n'));
`;

async function startBareServer(body: Buffer, contentType: string): Promise<BuiltServer> {
  const dir = tempDir('kem-bench-bare-');
  const file = join(dir, 'body');
  writeFileSync(file, body);
  const port = await freePort();
  const logs: string[] = [];
  const child = spawnTracked(['-e', BARE_SERVER, file, contentType, String(port), LOOPBACK], { PATH: process.env['PATH'] ?? '' }, logs);
  const url = `http://${LOOPBACK}:${port}`;
  const deadline = Date.now() + 10_000;
  while (!logs.includes('listening')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The bare server did not start:\n${logs.join('\n')}`);
    await pause(20);
  }
  return serverOf(url, logs, child, dir);
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

interface Load {
  rps: number;
  p99_ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p99_ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Warm-up, then the measured run; fails when any response was not a 2xx. */
async function measure(name: string, url: string): Promise<Load> {
  await load(url, WARMUP_S);
  const result = await load(url, DURATION_S);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx responses and ${result.errors} errors/timeouts in ${result.requests} requests`);
  }
  return result;
}

/** First day of the ten years that end on `to` (3,652 or 3,653 days, both ends included). */
function tenYearsBefore(to: string): string {
  const day = new Date(`${to}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() - 10);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  guardProcess(RUN_LIMIT_MS, 'index-api benchmark');
  const api = await startBuiltServer();
  // The ten years of daily points up to the last computed day.
  const full = (await (await fetch(`${api.url}/api/index`)).json()) as IndexSeriesView;
  const from = tenYearsBefore(full.to);
  const target = `${api.url}/api/index?from=${from}`;
  const response = await fetch(target);
  const body = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? 'application/json; charset=utf-8';
  const points = (JSON.parse(body.toString('utf8')) as IndexSeriesView).points.length;

  const apiLoad = await measure('api-index', target);
  await api.stop();
  console.log(
    JSON.stringify({ case: 'api-index', rps: apiLoad.rps, p99_ms: apiLoad.p99_ms, bytes: body.length, points, from, to: full.to }),
  );

  const bare = await startBareServer(body, contentType);
  const bareLoad = await measure('bare-node', `${bare.url}/api/index`);
  await bare.stop();
  console.log(JSON.stringify({ case: 'bare-node', rps: bareLoad.rps, p99_ms: bareLoad.p99_ms }));

  const ratio = bareLoad.rps > 0 ? Math.round((apiLoad.rps / bareLoad.rps) * 1000) / 1000 : 0;
  console.log(JSON.stringify({ case: 'api-vs-bare', ratio, target: TARGET_RATIO, met: ratio >= TARGET_RATIO }));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
