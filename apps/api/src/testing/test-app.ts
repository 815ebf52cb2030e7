import { AppConfig, loadConfig } from '@kem/api-config';
import { TestDatabase } from '@kem/api-data/testing';
import { LoggerService, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';

export const TEST_ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' };

export interface TestAppOptions {
  env?: Record<string, string>;
  logger?: LoggerService;
  dashboardDir?: string | null;
  /** Extra modules (e.g. test-only controllers) loaded beside the application. */
  imports?: Type[];
}

/** The whole API, wired as in production, on the given test database. */
export async function startTestApp(db: TestDatabase, options: TestAppOptions = {}): Promise<NestExpressApplication> {
  const config: AppConfig = {
    ...loadConfig({
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SCHEDULES_ENABLED: 'false',
      ...options.env,
    }),
    database: db.config,
    dashboardDir: options.dashboardDir ?? null,
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), ...(options.imports ?? [])] })
    .setLogger(options.logger ?? silentLogger)
    .compile();
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
