import type { Role } from '@kem/contracts';

/**
 * Hostile requests generated from the API's own OpenAPI description (GET /api/docs/json): every
 * operation, every query and path parameter, every body field (one level of nesting deep), plus
 * body-level attacks on every JSON route. New routes and fields are covered without editing a list.
 */

export interface OpenApiSchema {
  type?: string;
  $ref?: string;
  allOf?: OpenApiSchema[];
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  nullable?: boolean;
  enum?: unknown[];
  items?: OpenApiSchema;
}

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}

export interface OpenApiOperation {
  tags?: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
  'x-kem-public'?: boolean;
  'x-kem-role'?: Role;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. /api/events/{id}. */
  path: string;
  op: OpenApiOperation;
}

/** Who may call an operation, as the description states it (mirrors AuthGuard's rule). */
export type Access = 'public' | 'signed-in' | Role;

export function accessOf(op: OpenApiOperation): Access {
  const role = op['x-kem-role'];
  if (op['x-kem-public'] && !role) return 'public';
  return role ?? 'signed-in';
}

export function operations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method: method as Operation['method'], path, op })),
  );
}

export const operationName = (o: Pick<Operation, 'method' | 'path'>) => `${o.method.toUpperCase()} ${o.path}`;

/** A schema with $ref and allOf resolved (the shapes @nestjs/swagger emits). */
export function resolveSchema(doc: OpenApiDocument, schema: OpenApiSchema): OpenApiSchema {
  if (schema.$ref) return resolveSchema(doc, doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length) return { ...resolveSchema(doc, schema.allOf[0]), ...{ ...schema, allOf: undefined } };
  return schema;
}

export function bodySchema(doc: OpenApiDocument, op: OpenApiOperation): OpenApiSchema | null {
  const json = op.requestBody?.content['application/json'];
  return json ? resolveSchema(doc, json.schema) : null;
}

/** A JSON value, or raw JSON text where JavaScript has no value for it (1e400 parses to Infinity). */
export type Hostile = { value: unknown } | { raw: string };

const LONG_TEXT = 'x'.repeat(20_000);

/** Values no field of the given schema may accept (null only where the field is not nullable). */
export function hostileValuesFor(schema: OpenApiSchema): { label: string; hostile: Hostile }[] {
  const values: { label: string; hostile: Hostile }[] = [];
  if (!schema.nullable) values.push({ label: 'null', hostile: { value: null } });
  const isObject = schema.type === 'object' || !!schema.properties;
  if (schema.enum) {
    values.push(
      { label: 'not one of the enum', hostile: { value: 'not-a-choice' } },
      { label: 'NUL in text', hostile: { value: `${schema.enum[0]}\u0000` } },
    );
  } else if (schema.type === 'string') {
    values.push(
      { label: 'NUL in text', hostile: { value: 'ab\u0000cd' } },
      { label: '20,000 characters', hostile: { value: LONG_TEXT } },
      { label: 'a number', hostile: { value: 12345 } },
    );
  } else if (schema.type === 'number' || schema.type === 'integer') {
    values.push(
      { label: '1e308', hostile: { value: 1e308 } },
      { label: '-1e308', hostile: { value: -1e308 } },
      { label: '1e400 (Infinity)', hostile: { raw: '1e400' } },
      { label: 'a numeric string', hostile: { value: '5' } },
    );
  } else if (schema.type === 'boolean') {
    values.push({ label: 'the string "true"', hostile: { value: 'true' } }, { label: 'the number 1', hostile: { value: 1 } });
  }
  if (isObject) values.push({ label: 'an array', hostile: { value: [] } }, { label: 'a string', hostile: { value: 'text' } });
  else values.push({ label: 'an array', hostile: { value: ['x'] } }, { label: 'an object', hostile: { value: {} } });
  return values;
}

export interface BodyCase {
  label: string;
  /** The field the answer must name (errors[].field equal to it or below it). */
  field: string | null;
  /** JSON text of the body, and the request's content type / encoding. */
  raw: string;
  contentType?: string;
  contentEncoding?: string;
}

const RAW_MARK = '"\u0001RAW\u0001"';

function withValue(base: Record<string, unknown>, path: string[], hostile: Hostile): string {
  const copy = structuredClone(base) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null || Array.isArray(target[key])) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[path.at(-1)!] = 'raw' in hostile ? '\u0001RAW\u0001' : hostile.value;
  const text = JSON.stringify(copy);
  return 'raw' in hostile ? text.replace(RAW_MARK, hostile.raw) : text;
}

/** One hostile value per field per kind, on top of a valid base body, so the answer must name that field. */
export function fieldCases(doc: OpenApiDocument, schema: OpenApiSchema, base: Record<string, unknown>): BodyCase[] {
  const cases: BodyCase[] = [];
  const visit = (s: OpenApiSchema, path: string[]) => {
    for (const [name, raw] of Object.entries(s.properties ?? {})) {
      const field = resolveSchema(doc, raw);
      const at = [...path, name];
      for (const { label, hostile } of hostileValuesFor(field)) {
        cases.push({ label: `${at.join('.')} = ${label}`, field: at.join('.'), raw: withValue(base, at, hostile) });
      }
      if (field.properties && path.length === 0) visit(field, at);
    }
  };
  visit(schema, []);
  return cases;
}

/** Attacks on the body as a whole; the answer is a 4xx in the error shape (named where a field is to blame). */
export function bodyCases(schema: OpenApiSchema, base: Record<string, unknown>): BodyCase[] {
  const json = JSON.stringify(base);
  const inner = json.slice(1, -1);
  const sep = inner ? ',' : '';
  const nestedObject = Object.entries(schema.properties ?? {}).find(([, s]) => s.properties || s.allOf || s.$ref)?.[0];
  const deep = `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
  const cases: BodyCase[] = [
    { label: 'an unknown field', field: 'unexpectedField', raw: `{${inner}${sep}"unexpectedField":1}` },
    { label: '__proto__ key', field: '__proto__', raw: `{${inner}${sep}"__proto__":{"role":"admin"}}` },
    { label: 'constructor key', field: 'constructor', raw: `{${inner}${sep}"constructor":{"prototype":{"role":"admin"}}}` },
    { label: 'prototype key', field: 'prototype', raw: `{${inner}${sep}"prototype":{"role":"admin"}}` },
    { label: 'JSON nested 5,000 levels', field: null, raw: deep },
    { label: 'an array instead of an object', field: null, raw: '[]' },
    { label: 'the JSON literal null', field: null, raw: 'null' },
    { label: 'a JSON string', field: null, raw: '"text"' },
    { label: 'an empty body', field: null, raw: '' },
    { label: 'malformed JSON', field: null, raw: json.slice(0, -1) },
    { label: 'form-encoded', field: null, raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { label: 'text/plain', field: null, raw: json, contentType: 'text/plain' },
    { label: 'gzip declared, not encoded', field: null, raw: json, contentEncoding: 'gzip' },
    { label: 'deflate declared, not encoded', field: null, raw: json, contentEncoding: 'deflate' },
    { label: 'br declared, not encoded', field: null, raw: json, contentEncoding: 'br' },
  ];
  if (nestedObject) {
    const rest = Object.fromEntries(Object.entries(base).filter(([k]) => k !== nestedObject));
    const restInner = JSON.stringify(rest).slice(1, -1);
    cases.push({
      label: `__proto__ inside ${nestedObject}`,
      field: `${nestedObject}.__proto__`,
      raw: `{${restInner}${restInner ? ',' : ''}"${nestedObject}":{"__proto__":{"x":1}}}`,
    });
  }
  return cases;
}

export interface ParamCase {
  label: string;
  field: string;
  /** Query string (already encoded) or the path with hostile segments filled in. */
  query?: string;
  path?: string;
}

const looksLikeDay = (name: string, schema: OpenApiSchema) => schema.type === 'string' && !schema.enum && /^(from|to|date)$/.test(name);

/** Hostile values for every query parameter of an operation, plus unknown and prototype keys. */
export function queryCases(op: OpenApiOperation): ParamCase[] {
  const cases: ParamCase[] = [];
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  if (params.length === 0) return cases;
  for (const p of params) {
    const schema = p.schema ?? {};
    const values: [string, string][] = [['NUL in text', 'a\u0000b']];
    if (schema.type === 'number' || schema.type === 'integer') {
      values.push(
        ['1e20', '1e20'],
        ['-1', '-1'],
        ['1.5', '1.5'],
        ['Infinity', 'Infinity'],
        ['not a number', 'abc'],
        ['2^53 + 2', '9007199254740994'],
      );
    } else if (schema.enum) {
      values.push(['not one of the enum', 'not-a-choice']);
    } else if (looksLikeDay(p.name, schema)) {
      values.push(
        ['9999-12-31', '9999-12-31'],
        ['1000-01-01', '1000-01-01'],
        ['2021-02-30', '2021-02-30'],
        ['not a day', 'yesterday'],
        ['empty', ''],
      );
    } else {
      values.push(['5,000 characters', 'y'.repeat(5000)]);
    }
    for (const [label, value] of values)
      cases.push({ label: `${p.name} = ${label}`, field: p.name, query: `${p.name}=${encodeURIComponent(value)}` });
    cases.push({ label: `${p.name} given twice`, field: p.name, query: `${p.name}=1&${p.name}=2` });
  }
  const names = new Set(params.map((p) => p.name));
  if (names.has('from') && names.has('to') && params.every((p) => p.name !== 'from' || looksLikeDay('from', p.schema ?? {}))) {
    cases.push({ label: 'from after to', field: 'to', query: 'from=2020-02-01&to=2020-01-31' });
  }
  for (const key of ['unexpectedParam', '__proto__', 'constructor', 'prototype'])
    cases.push({ label: `query key ${key}`, field: key, query: `${key}=1` });
  return cases;
}

/** Hostile values for every path parameter (ids beyond the database's integers, NULs, words). */
export function pathCases(path: string, op: OpenApiOperation, valid: Record<string, string>): ParamCase[] {
  const cases: ParamCase[] = [];
  for (const p of (op.parameters ?? []).filter((x) => x.in === 'path')) {
    const numeric = p.schema?.type === 'number' || p.schema?.type === 'integer';
    const values: [string, string][] = numeric
      ? [
          ['0', '0'],
          ['-1', '-1'],
          ['1e20', '1e20'],
          ['2^31', '2147483648'],
          ['2^53 + 2', '9007199254740994'],
          ['a word', 'abc'],
          ['NUL', '1%00'],
        ]
      : [
          ['NUL', 'a%00b'],
          ['300 characters', 'k'.repeat(300)],
        ];
    for (const [label, value] of values) {
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === p.name ? value : (valid[name] ?? '1')));
      cases.push({ label: `${p.name} = ${label}`, field: p.name, path: filled });
    }
  }
  return cases;
}
