import { API_ROUTES } from '@kem/contracts';
import { AppConfig, loadConfig } from '@kem/api-config';
import { TestDatabase } from '@kem/api-data/testing';
import { LoggerService, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';

export const TEST_ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' };

export interface TestAppOptions {
  env?: Record<string, string>;
  logger?: LoggerService;
  dashboardDir?: string | null;
  /** Extra modules (e.g. test-only controllers) loaded beside the application. */
  imports?: Type[];
  /** Providers replaced for the test, e.g. connectors pointed at a local fixture server. */
  overrides?: { provide: unknown; useValue: unknown }[];
}

/** The whole API, wired as in production, on the given test database. */
export async function startTestApp(db: TestDatabase, options: TestAppOptions = {}): Promise<NestExpressApplication> {
  const config: AppConfig = {
    ...loadConfig({
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SCHEDULES_ENABLED: 'false',
      // Each test app is its own API instance (claims, build leases); a test restarting "the same" instance passes INSTANCE_ID.
      INSTANCE_ID: `test-${randomUUID().slice(0, 8)}`,
      // KEM_NOW=2028-12-03 npm test runs every suite that does not pin its own clock two years ahead.
      ...(process.env['KEM_NOW'] ? { KEM_NOW: process.env['KEM_NOW'] } : {}),
      ...options.env,
    }),
    database: db.config,
    dataDir: db.dataDir,
    dashboardDir: options.dashboardDir ?? null,
  };
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config), ...(options.imports ?? [])] }).setLogger(
    options.logger ?? silentLogger,
  );
  for (const override of options.overrides ?? []) builder.overrideProvider(override.provide).useValue(override.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
  app.useLogger(options.logger ?? silentLogger);
  configureApp(app, config);
  await app.init();
  return app;
}

const silentLogger: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** Collects log lines so tests can read what an operator would see. */
export class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown) {
    this.lines.push(String(message));
  }
  warn(message: unknown) {
    this.lines.push(String(message));
  }
  error(message: unknown) {
    this.lines.push(String(message));
  }
}

/** Signs in as the seeded admin, or creates a user of the role first; returns a bearer token. */
export async function tokenFor(app: NestExpressApplication, role: 'viewer' | 'analyst' | 'admin'): Promise<string> {
  const server = app.getHttpServer();
  const login = async (email: string, password: string) => {
    const res = await request(server).post(API_ROUTES.login).send({ email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };
  const admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);
  if (role === 'admin') return admin;
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = `${role}-password-123`;
  await request(server).post(API_ROUTES.users).set('Authorization', `Bearer ${admin}`).send({ email, password, role }).expect(201);
  return login(email, password);
}
