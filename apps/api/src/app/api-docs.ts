import { SESSION_COOKIE } from '@kem/contracts';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI description generated from the controllers: UI at /api/docs, JSON at /api/docs/json. */
export function publishApiDocs(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kazakhstan Exposure Monitor API')
      .setDescription(
        'Indicators, evidence and the Kazakhstan exposure index. Sign in with POST /api/auth/login; send the session as the kem_session cookie or as a bearer token.',
      )
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/json', raw: ['json'] });
}
