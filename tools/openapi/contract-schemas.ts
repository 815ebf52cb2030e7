import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

/**
 * The OpenAPI schemas of the API's responses, generated from the libs/contracts types that
 * ContractViews names (libs/api-http/src/lib/openapi/contract-views.ts). The API publishes them;
 * `npm run openapi:schemas` rewrites the file after a contracts change, and the OpenAPI system test
 * fails while the file is out of date.
 */
const ROOT = resolve(__dirname, '../..');
const VIEWS_FILE = resolve(ROOT, 'libs/api-http/src/lib/openapi/contract-views.ts');
export const CONTRACT_SCHEMAS_FILE = resolve(ROOT, 'libs/api-http/src/lib/openapi/contract-schemas.json');

type Schema = Record<string, unknown>;
const DEFINITIONS = '#/definitions/';
const COMPONENTS = '#/components/schemas/';
/** Component names OpenAPI allows. */
const COMPONENT_NAME = /^[A-Za-z0-9._-]+$/;

/** JSON Schema (draft 7) as OpenAPI 3.0 takes it: refs to components, `nullable` instead of a null type, `enum` instead of `const`. */
function toOpenApi(schema: unknown, rename: (name: string) => string, typeOf: (ref: string) => unknown): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toOpenApi(s, rename, typeOf));
  if (typeof schema !== 'object' || schema === null) return schema;
  const s = { ...(schema as Schema) };
  if (typeof s['$ref'] === 'string') return { $ref: COMPONENTS + rename(decodeURIComponent(s['$ref'].slice(DEFINITIONS.length))) };
  if ('const' in s) {
    s['enum'] = [s['const']];
    delete s['const'];
  }
  if (Array.isArray(s['type']) && s['type'].includes('null')) {
    const types = s['type'].filter((t) => t !== 'null');
    s['type'] = types.length === 1 ? types[0] : types;
    s['nullable'] = true;
    if (Array.isArray(s['enum'])) s['enum'] = s['enum'].filter((v) => v !== null).concat(null);
  }
  if (Array.isArray(s['type'])) {
    // OpenAPI 3.0 has one type per schema: a union of primitives becomes anyOf.
    s['anyOf'] = (s['type'] as string[]).map((type) => ({ type }));
    delete s['type'];
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = s[key] as Schema[] | undefined;
    if (!options) continue;
    const rest = options.filter((o) => o['type'] !== 'null');
    if (rest.length < options.length) {
      s['nullable'] = true;
      if (rest.length === 1) {
        delete s[key];
        // A nullable $ref sits in allOf (siblings of $ref are ignored in OpenAPI 3.0), with the type `nullable` needs beside it.
        const ref = rest[0]['$ref'];
        Object.assign(s, typeof ref === 'string' ? { type: typeOf(ref), allOf: [rest[0]] } : rest[0]);
        continue;
      }
      s[key] = rest;
    }
  }
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties') {
      s[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, p]) => [name, toOpenApi(p, rename, typeOf)]));
    } else if (typeof value === 'object' && value !== null) s[key] = toOpenApi(value, rename, typeOf);
  }
  return s;
}

export interface ContractSchemas {
  /** Each ContractViews name's schema, as a reference into `schemas`. */
  views: Record<string, { $ref: string }>;
  schemas: Record<string, unknown>;
}

export function generateContractSchemas(): ContractSchemas {
  const generated = createGenerator({
    path: VIEWS_FILE,
    tsconfig: resolve(ROOT, 'tsconfig.base.json'),
    type: 'ContractViews',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    sortProps: true,
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('ContractViews');
  const definitions = generated.definitions as Record<string, Schema>;
  const registry = definitions['ContractViews'].properties as Record<string, { $ref?: string }>;
  // A view registered under another name than its type's (Page<EventView> as EventViewPage) takes that name.
  const names = new Map<string, string>();
  for (const [name, schema] of Object.entries(registry)) {
    if (!schema.$ref) throw new Error(`ContractViews.${name} is not a named type`);
    names.set(decodeURIComponent(schema.$ref.slice(DEFINITIONS.length)), name);
  }
  const rename = (definition: string) => {
    const name = names.get(definition) ?? definition;
    if (!COMPONENT_NAME.test(name))
      throw new Error(`Schema ${definition} needs a name in ContractViews (OpenAPI allows ${COMPONENT_NAME})`);
    return name;
  };
  const typeOf = (ref: string) => definitions[decodeURIComponent(ref.slice(DEFINITIONS.length))]?.['type'];
  const schemas = Object.fromEntries(
    Object.entries(definitions)
      .filter(([name]) => name !== 'ContractViews')
      .map(([name, schema]) => [rename(name), toOpenApi(schema, rename, typeOf)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const views = Object.fromEntries(Object.keys(registry).map((name) => [name, { $ref: COMPONENTS + name }]));
  return { views, schemas };
}

if (require.main === module) {
  writeFileSync(CONTRACT_SCHEMAS_FILE, `${JSON.stringify(generateContractSchemas(), null, 2)}\n`);
  console.log(`Wrote ${CONTRACT_SCHEMAS_FILE}`);
}
