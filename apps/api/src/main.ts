import { ConfigError, loadConfig, LogLevelName } from '@kem/api-config';
import { ConsoleLogger, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';

const LEVELS: LogLevelName[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

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
  await app.listen(config.port, config.host);
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  Logger.log(`Kazakhstan Exposure Monitor is running at http://${shownHost}:${config.port}/`, 'Bootstrap');
}

void bootstrap();
