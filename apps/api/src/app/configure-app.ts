import { AppConfig, CLOCK, Clock } from '@kem/api-config';
import { ApiExceptionFilter, bodyParsing, createValidationPipe, requestLogger } from '@kem/api-http';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { publishApiDocs } from './api-docs';
import { hostDashboard } from './dashboard-hosting';
import { securityHeaders } from './security-headers';

/** Everything around the routes, shared by the server and the API tests so both run the same stack. */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(compression());
  app.use(requestLogger());
  app.use(cookieParser());
  app.use(...bodyParsing(config.bodyLimitBytes, config.importLimitBytes));
  app.setGlobalPrefix('api');
  const clock = app.get<Clock>(CLOCK);
  app.useGlobalPipes(createValidationPipe({ today: () => clock.today() }));
  app.useGlobalFilters(new ApiExceptionFilter());
  publishApiDocs(app);
  hostDashboard(app, config.dashboardDir);
  app.enableShutdownHooks();
  return app;
}
