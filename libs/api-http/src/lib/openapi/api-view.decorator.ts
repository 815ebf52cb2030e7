import { applyDecorators, HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiBody, ApiConsumes, ApiResponse } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import contractSchemas from './contract-schemas.json';
import type { ContractViews, ViewName } from './contract-views';

type Handler<T> = (...args: never[]) => T | Promise<T>;

/** A method decorator that only fits a handler returning `T` (or a promise of it): the compiler checks the description. */
export type ViewDecorator<T> = <H extends Handler<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => void;

/** The status a handler answers with on success: its @HttpCode, else Nest's default (201 for POST, 200 otherwise). */
function successStatus(handler: unknown, where: string): number {
  const method = Reflect.getMetadata(METHOD_METADATA, handler as object) as RequestMethod | undefined;
  if (method === undefined) throw new Error(`${where}: put @ApiView above the route decorator (@Get, @Post …), so it sees the route`);
  return (
    (Reflect.getMetadata(HTTP_CODE_METADATA, handler as object) as number | undefined) ??
    (method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK)
  );
}

function describeSuccess(schema: SchemaObject | ReferenceObject, description: string) {
  return (target: object, key: string | symbol, descriptor: PropertyDescriptor): void => {
    const status = successStatus(descriptor.value, `${target.constructor.name}.${String(key)}`);
    ApiResponse({ status, description, schema })(target, key, descriptor);
  };
}

export const viewSchema = (view: ViewName): ReferenceObject => contractSchemas.views[view];

/**
 * Declares the success response of a handler as the libs/contracts type `view` names (its schema is
 * generated from that type), and checks at compile time that the handler returns that type. Put it
 * above the route decorator.
 */
export function ApiView<K extends ViewName>(view: K, description: string = view): ViewDecorator<ContractViews[K]> {
  return describeSuccess(viewSchema(view), description);
}

/** As ApiView, for a handler that returns a list of `view`. */
export function ApiViewList<K extends ViewName>(view: K, description = `A list of ${view}`): ViewDecorator<ContractViews[K][]> {
  return describeSuccess({ type: 'array', items: viewSchema(view) }, description);
}

/**
 * As ApiView, for a handler whose return type cannot be the view: it writes the response itself
 * (`@Res()`, e.g. a body serialised once and cached) or answers 204 instead. The compiler does not
 * check these; type the value sent where it is built.
 */
export function ApiViewSent(view: ViewName, description: string = view): MethodDecorator {
  return describeSuccess(viewSchema(view), description);
}

/** A CSV upload: the file as a text/csv body, or as the multipart field "file". */
export const ApiCsvUpload = () =>
  applyDecorators(
    ApiConsumes('text/csv', 'multipart/form-data'),
    ApiBody({
      required: true,
      description: 'The CSV (UTF-8, header on line 1) as a text/csv body, or as the multipart field "file"',
      schema: {
        oneOf: [
          { type: 'string', description: 'text/csv: the CSV itself' },
          { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        ],
      },
    }),
  );
