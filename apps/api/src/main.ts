import { initialAdminPasswordFile } from '@kem/api-auth';
import { ConfigError, loadConfig, LogLevelName } from '@kem/api-config';
import { existsSync } from 'node:fs';
import { ConsoleLogger, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';

const LEVELS: LogLevelName[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
/**
 * SIGTERM ends the process within 10 s: the shutdown hooks finish in-flight work or hand it back
 * (digest claims, connector syncs, index builds) well before this; it is the backstop should
 * something still hang (e.g. an SMTP server that stopped answering mid-message).
 */
const SHUTDOWN_DEADLINE_MS = 9_000;

function enforceShutdownDeadline(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // `once`: Nest's own handler re-raises the signal after closing, which must then end the process.
    process.once(signal, () => {
      setTimeout(() => {
        Logger.error(
          `Shutdown took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting now (unfinished claims lapse and are taken over)`,
          'Bootstrap',
        );
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
    });
  }
}

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { appDir: __dirname });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const logger = new ConsoleLogger({
    json: config.logJson,
    logLevels: LEVELS.slice(LEVELS.indexOf(config.logLevel)) as LogLevel[],
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
  });
  configureApp(app, config);
  enforceShutdownDeadline();
  await app.listen(config.port, config.host);
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}/`;
  Logger.log(`Kazakhstan Exposure Monitor is running at ${url}`, 'Bootstrap');
  // One plain line for people, whatever the log format (JSON lines are for machines).
  const passwordFile = initialAdminPasswordFile(config);
  const admin = existsSync(passwordFile) ? ` · first admin's password: ${passwordFile}` : '';
  process.stdout.write(`\n==> Kazakhstan Exposure Monitor is running at ${url}${admin}\n\n`);
}

void bootstrap();
