import { SESSION_COOKIE } from '@kem/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import contractSchemas from './contract-schemas.json';
import { viewSchema } from './api-view.decorator';

/** Names of the two ways to send the session (the cookie the sign-in sets, or its token as a bearer). */
const SCHEMES = { cookie: 'sessionCookie', bearer: 'sessionToken' } as const;
const SIGNED_IN = [{ [SCHEMES.cookie]: [] }, { [SCHEMES.bearer]: [] }];
/** `{}` first: anonymous callers are served; a session may show more (drafts to analysts, archived profiles to admins). */
const OPEN = [{}, ...SIGNED_IN];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const TAGS: Record<string, string> = {
  index: 'The exposure index: series, latest value, what changed, uncertainty',
  indicators: 'The indicators behind the index, their daily scores and reviews',
  methodology: 'The scoring method, its coefficients and validation',
  profiles: 'Weight profiles and their immutable versions',
  events: 'Dated evidence events and their CSV import',
  observations: 'Metric observations and their CSV import',
  evidence: 'Evidence health: freshness, reviews, structural vintages, connectors',
  connectors: 'Scheduled public-data connectors',
  triage: 'Connector drafts awaiting an analyst: accept, correct, merge or reject',
  exposure: 'Company footprints, what-if scenarios and replays',
  digests: 'E-mail digests, alerts, deliveries and the outbox',
  auth: 'Sign-in and the signed-in user',
  users: 'User accounts',
  audit: 'The audit trail',
  health: 'Liveness and readiness',
};

type Operation = OperationObject & { 'x-kem-public'?: boolean; 'x-kem-role'?: string };

const errorBody = (description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema: viewSchema('ApiError') } },
});

/** The error answers an operation can give, from what it takes and who may call it (the AuthGuard's and ValidationPipe's rules). */
function errorResponses(path: string, op: Operation): Record<string, ResponseObject> {
  const role = op['x-kem-role'];
  const open = op['x-kem-public'] && !role;
  const errors: Record<string, ResponseObject> = {};
  if (op.parameters?.length || op.requestBody) errors['400'] = errorBody('The request is not valid; errors[] names each field at fault');
  if (!open) errors['401'] = errorBody('Not signed in, or the session has ended');
  errors['403'] = errorBody(
    role
      ? `Needs the ${role} role or higher (or the session cookie came with a request from another site)`
      : 'The session cookie came with a request from another site',
  );
  if (path.includes('{')) errors['404'] = errorBody('No such record (or not yours)');
  return errors;
}

/**
 * Completes the description Nest generates from the controllers: the response schemas generated
 * from libs/contracts, every error answer with the API's error body, each operation's security
 * (from @Public / @RequireRole, the AuthGuard's own metadata), a relative server, and tag descriptions.
 */
export function completeApiDocument(document: OpenAPIObject): OpenAPIObject {
  const components = document.components ?? {};
  for (const name of Object.keys(contractSchemas.schemas)) {
    if (components.schemas?.[name]) throw new Error(`Schema ${name} is both a request DTO and a libs/contracts view; rename one`);
  }
  components.schemas = { ...components.schemas, ...(contractSchemas.schemas as unknown as NonNullable<typeof components.schemas>) };
  components.securitySchemes = {
    [SCHEMES.cookie]: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login (httpOnly)' },
    [SCHEMES.bearer]: { type: 'http', scheme: 'bearer', description: 'The token POST /api/auth/login returns' },
  };
  const used = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      op.security = op['x-kem-public'] && !op['x-kem-role'] ? OPEN : SIGNED_IN;
      for (const [status, response] of Object.entries(op.responses)) {
        const declared = response as ResponseObject;
        if (Number(status) >= 400 && !declared.content) declared.content = errorBody('').content;
        if (!declared.description) declared.description = Number(status) === 204 ? 'Done; no content' : 'Success';
      }
      op.responses = { ...errorResponses(path, op), ...op.responses };
      op.tags?.forEach((tag) => used.add(tag));
    }
  }
  return {
    ...document,
    servers: [{ url: '/', description: 'This server (every path starts with /api)' }],
    tags: [...used].sort().map((name) => (TAGS[name] ? { name, description: TAGS[name] } : { name })),
    components,
  };
}

/** operationId of a handler: `indexLatest` for IndexController.latest, `methodology` for MethodologyController.methodology. */
export function operationId(controllerKey: string, methodKey: string): string {
  const controller = controllerKey.replace(/Controller$/, '');
  const method = methodKey[0].toUpperCase() + methodKey.slice(1);
  const name = controller.toLowerCase().endsWith(methodKey.toLowerCase()) ? controller : controller + method;
  return name[0].toLowerCase() + name.slice(1);
}
