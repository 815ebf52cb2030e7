import { API_ROUTES } from '@kem/contracts';
import { OpenApiDocument, operationName, operations } from '../testing/openapi-cases';
import { useTestApp } from '../testing/use-test-app';

interface Described {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string; type?: string; items?: { $ref?: string } } }> }>;
  'x-kem-public'?: boolean;
  'x-kem-role'?: string;
}

const ERROR_SCHEMA = '#/components/schemas/ApiError';
const view = (name: string) => `#/components/schemas/${name}`;

/**
 * What a client generated from GET /api/docs/json gets: every operation with its success schema,
 * its error answers in the API's error body, its security and a unique operationId; every path
 * one of API_ROUTES. (The system test lints it with redocly and type-checks a generated client
 * against libs/contracts.)
 */
describe('the OpenAPI description', () => {
  const api = useTestApp('sqlite', { perSuite: true });
  let doc: OpenApiDocument & { servers?: { url: string }[] };
  const described = () => operations(doc).map((o) => ({ name: operationName(o), path: o.path, op: o.op as unknown as Described }));

  beforeAll(async () => {
    doc = (await api.http().get(API_ROUTES.openApi).expect(200)).body;
  });

  it('declares a success schema for every operation (none for a 204)', () => {
    const missing = described().filter(({ op }) =>
      Object.entries(op.responses).every(([status, r]) => !status.startsWith('2') || (status !== '204' && !r.content)),
    );
    expect(missing.map((o) => o.name)).toEqual([]);
    expect(described().length).toBeGreaterThan(60);
  });

  it('declares the error body of every operation’s 4xx answers', () => {
    for (const { name, op } of described()) {
      const errors = Object.entries(op.responses).filter(([status]) => status.startsWith('4'));
      expect({ name, errors: errors.length > 0 }).toEqual({ name, errors: true });
      for (const [status, r] of errors)
        expect({ name, status, schema: r.content?.['application/json']?.schema.$ref }).toEqual({ name, status, schema: ERROR_SCHEMA });
    }
  });

  it('states who may call each operation: a session for all but the public ones, which take one optionally', () => {
    for (const { name, op } of described()) {
      const open = op['x-kem-public'] && !op['x-kem-role'];
      expect({ name, security: op.security }).toEqual({
        name,
        security: [...(open ? [{}] : []), { sessionCookie: [] }, { sessionToken: [] }],
      });
      if (!open) expect({ name, has401: '401' in op.responses }).toEqual({ name, has401: true });
    }
  });

  it('names every operation once and serves from this server', () => {
    const ids = described().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['indexLatest', 'indexSeries', 'eventsList', 'profilesList', 'methodology']));
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('describes the key reads with the libs/contracts views', () => {
    const ok = (path: string) => (doc.paths[path]['get'] as unknown as Described).responses['200'].content?.['application/json'].schema;
    expect(ok(API_ROUTES.indexLatest)?.$ref).toBe(view('LatestIndexView'));
    expect(ok(API_ROUTES.index)?.$ref).toBe(view('IndexSeriesView'));
    expect(ok(API_ROUTES.events)?.$ref).toBe(view('EventViewPage'));
    expect(ok(API_ROUTES.profiles)?.items?.$ref).toBe(view('ProfileView'));
    expect(ok(API_ROUTES.methodology)?.$ref).toBe(view('MethodologyView'));
    expect(ok(API_ROUTES.footprintIndex.pattern.replace(':id', '{id}'))?.$ref).toBe(view('CompanyIndexView'));
    expect(doc.components.schemas['LatestIndexView']).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['value', 'band']),
    });
  });

  it('serves only routes of API_ROUTES, the one route table', () => {
    const table = new Set(Object.values(API_ROUTES).map((r) => (typeof r === 'string' ? r : r.pattern).replace(/:(\w+)/g, '{$1}')));
    expect(Object.keys(doc.paths).filter((path) => !table.has(path))).toEqual([]);
  });
});
