import { createTestDatabase, TestDatabase, TestEngine } from '@kem/api-data/testing';
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startTestApp, TestAppOptions } from './test-app';

/** A record as the API answers its creation: its id, and the view's other fields. */
export interface Created {
  id: number;
  [field: string]: unknown;
}

/** The API a spec talks to, available inside its tests and hooks. */
export interface TestApi {
  readonly app: NestExpressApplication;
  readonly db: TestDatabase;
  /** Requests to the running API. */
  http(): ReturnType<typeof request>;
  /** POSTs `body` to `path` as the holder of `token`, expects 201 and returns what was created (as the view `T` when named). */
  created<T extends { id: number } = Created>(path: string, token: string, body: object): Promise<T>;
  /** Stops the API and starts it again on the same database, as a restarted server would. */
  restart(): Promise<void>;
}

export interface UseTestAppOptions extends TestAppOptions {
  /** One API for the whole suite instead of a fresh one for each test. */
  perSuite?: boolean;
  /** Deadline of the start-up hook, when migrating, seeding and building take longer than a test. */
  timeout?: number;
  /**
   * Options known only when the API starts, merged over the others: e.g. connectors pointed at a
   * fixture server that a hook declared before `useTestApp` started.
   */
  atStart?: () => TestAppOptions;
}

/**
 * Starts the whole API on a fresh test database before each test (or once for the suite) and
 * closes and drops both afterwards. Call it inside the describe block; hooks the spec declares
 * after it run with the API already started.
 */
export function useTestApp(engine: TestEngine, options: UseTestAppOptions = {}): TestApi {
  let db: TestDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let appOptions: TestAppOptions = options;
  const [start, stop] = options.perSuite ? [beforeAll, afterAll] : [beforeEach, afterEach];
  start(async () => {
    appOptions = { ...options, ...options.atStart?.() };
    db = await createTestDatabase(engine);
    app = await startTestApp(db, appOptions);
  }, options.timeout);
  stop(async () => {
    await app?.close();
    await db?.drop();
  });
  const api: TestApi = {
    get app() {
      if (!app) throw new Error('the test API has not started');
      return app;
    },
    get db() {
      if (!db) throw new Error('the test database has not been created');
      return db;
    },
    http: () => request(api.app.getHttpServer()),
    created: async (path, token, body) => (await api.http().post(path).set(bearer(token)).send(body).expect(201)).body,
    restart: async () => {
      await api.app.close();
      app = await startTestApp(api.db, appOptions);
    },
  };
  return api;
}

/** The header that authenticates a request with a session token. */
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
