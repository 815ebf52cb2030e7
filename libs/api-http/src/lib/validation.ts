import { FieldError } from '@kem/contracts';
import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidatorOptions } from 'class-validator';
import { MAX_JSON_DEPTH } from './body-parsing';

/** Flattens class-validator's tree into one entry per field, named by its path (e.g. weights.cpc). */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** What validators may need beyond the value itself: "today", from the API's clock. */
export interface ValidationContext {
  /** Today's calendar day (UTC), YYYY-MM-DD. */
  today(): string;
}

const contexts = new WeakMap<object, ValidationContext>();

/**
 * Lends `context` to the validators of `dto` and of the objects nested in it (class-validator
 * passes validators only the object being checked). Call before validate()/validateSync().
 */
export function withValidationContext<T>(dto: T, context: ValidationContext, depth = 0): T {
  if (dto && typeof dto === 'object' && depth <= MAX_JSON_DEPTH) {
    contexts.set(dto, context);
    for (const value of Object.values(dto)) withValidationContext(value, context, depth + 1);
  }
  return dto;
}

/** The context lent to the object a validator is checking; null when none was (a programming error). */
export function validationContextOf(object: object): ValidationContext | null {
  return contexts.get(object) ?? null;
}

/** Keys that would reach an object's prototype; refused wherever they appear, like any unknown field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Problems in a raw request value before it is transformed: prototype keys (Nest would drop them
 * silently), NUL characters in text (PostgreSQL refuses them in text columns), and nesting beyond
 * MAX_JSON_DEPTH (a second line behind body parsing, for values that did not come from JSON).
 * Walks iteratively, so no input can overflow the stack here.
 */
export function rawValueProblems(value: unknown, root: string): FieldError[] {
  const problems: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  const name = (path: string) => path || root;
  while (stack.length > 0 && problems.length < 20) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) problems.push({ field: name(path), message: `${name(path)} must not contain NUL characters` });
      continue;
    }
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.push({ field: name(path), message: `${name(path)} nests deeper than ${MAX_JSON_DEPTH} levels` });
      continue;
    }
    for (const key of Object.keys(current)) {
      const child = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) problems.push({ field: child, message: `property ${key} should not exist` });
      else stack.push({ value: (current as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return problems;
}

function invalid(details: FieldError[]): BadRequestException {
  const message = details.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request';
  return new BadRequestException({ message, errors: details });
}

/**
 * The global validation pipe: whitelisting (unknown fields are rejected, values converted to the
 * DTO's types) plus what class-validator cannot see on its own: a missing body where a route
 * expects one (an empty or form-encoded POST is not "all defaults"), prototype keys, NUL characters,
 * and "today" for validators of days (see IsDayWithin).
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor(private readonly context: ValidationContext) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => invalid(fieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const dto = !!metadata.metatype && this.toValidate(metadata);
      if (metadata.type === 'body' && dto && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
        throw invalid([
          {
            field: 'body',
            message:
              value === undefined
                ? 'the request needs a JSON object body sent as Content-Type: application/json'
                : `the body must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
          },
        ]);
      }
      const problems = rawValueProblems(value, metadata.data ?? metadata.type);
      if (problems.length > 0) throw invalid(problems);
    }
    return super.transform(value, metadata);
  }

  protected override validate(object: object, validatorOptions?: ValidatorOptions) {
    return super.validate(withValidationContext(object, this.context), validatorOptions);
  }
}

export function createValidationPipe(context: ValidationContext): ValidationPipe {
  return new ApiValidationPipe(context);
}
