import { completeApiDocument, operationId } from '@kem/api-http';
import { API_ROUTES } from '@kem/contracts';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Swagger serves outside Nest's global prefix: these are full paths. */
const DOCS = API_ROUTES.openApi.replace(/\/json$/, '');

/** OpenAPI description generated from the controllers: UI at /api/docs, JSON at /api/docs/json. */
export function publishApiDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Kazakhstan Exposure Monitor API')
    .setDescription(
      'Indicators, evidence and the Kazakhstan exposure index. Sign in with POST /api/auth/login; send the session as the kem_session cookie or as a bearer token. Every error answers with one body (ApiError): statusCode, error, message, and errors[] naming each field at fault.',
    )
    .setVersion('1')
    .build();
  // Licensed to no one (package.json: UNLICENSED), so there is no licence URL to give.
  config.info.license = { name: 'UNLICENSED' };
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
  SwaggerModule.setup(DOCS, app, completeApiDocument(document), { jsonDocumentUrl: API_ROUTES.openApi, raw: ['json'] });
}
