import { API_ROUTES } from '@kem/contracts';
import { readFileSync } from 'node:fs';
import { CONTRACT_CHECKS, lintDescription, typeCheckClient } from '../../tools/openapi/check-description';
import { CONTRACT_SCHEMAS_FILE, generateContractSchemas } from '../../tools/openapi/contract-schemas';
import { RunningServer, startServer } from '../support/server';

type Description = { paths: Record<string, Record<string, { responses: Record<string, { content?: object }>; security?: object[] }>> };
type Schemas = { components: { schemas: Record<string, { properties: Record<string, object> }> } };

/**
 * The OpenAPI description of the built server, as an API consumer meets it: it passes `redocly
 * lint` (recommended rules), and a client generated from it by openapi-typescript type-checks
 * against libs/contracts for the key operations, so the description cannot drift from what the
 * API returns.
 */
describe('the OpenAPI description of the built server', () => {
  let server: RunningServer;
  let description: Description & Schemas;

  beforeAll(async () => {
    server = await startServer();
    description = (await (await fetch(`${server.url}${API_ROUTES.openApi}`)).json()) as Description & Schemas;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('passes redocly lint with the recommended rules', () => {
    const operations = Object.values(description.paths).flatMap((item) => Object.values(item));
    const count = (test: (op: (typeof operations)[number]) => boolean) => operations.filter(test).length;
    const statuses = (op: (typeof operations)[number]) => Object.entries(op.responses);
    console.log(
      `${operations.length} operations: ${count((op) => statuses(op).some(([s, r]) => s.startsWith('2') && (r.content || s === '204')))} with a success schema (or 204), ` +
        `${count((op) => statuses(op).some(([s, r]) => s.startsWith('4') && r.content))} with their 4xx error body, ${count((op) => !!op.security?.length)} with security`,
    );
    const lint = lintDescription(description);
    console.log(lint.report.trim().split('\n').slice(-3).join('\n'));
    expect({ errors: lint.errors, warnings: lint.warnings }).toEqual({ errors: 0, warnings: 0 });
  });

  it('gives a generated client the libs/contracts types, both ways', async () => {
    expect(await typeCheckClient(description)).toEqual([]);
  }, 120_000);

  it('would catch a description that drifted from the contracts', async () => {
    const drifted = structuredClone(description);
    drifted.components.schemas['LatestIndexView'].properties['value'] = { type: 'string' };
    const check = CONTRACT_CHECKS.filter((c) => c.operationId === 'indexLatest');
    expect((await typeCheckClient(drifted, check)).join('\n')).toMatch(/Types of property 'value' are incompatible/);
  }, 120_000);

  it('publishes the schemas generated from libs/contracts as they are now (npm run openapi:schemas)', () => {
    expect(JSON.parse(readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8'))).toEqual(generateContractSchemas());
  }, 120_000);
});
