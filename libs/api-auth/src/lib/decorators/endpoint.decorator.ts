import { ApiView, ApiViewList, ContractViews, ViewDecorator, ViewName } from '@kem/api-http';
import { Role } from '@kem/contracts';
import { applyDecorators, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from './public.decorator';
import { RequireRole } from './require-role.decorator';

/** An endpoint as its OpenAPI operation describes it, and who may call it. */
export interface EndpointSpec {
  summary: string;
  /** Anyone ('public'), or a role and those above it; without it, any signed-in user (or the role its ApiController requires). */
  access?: 'public' | Role;
  /** What the success answer is; the view's name without it. */
  answer?: string;
}

const accessOf = (access: EndpointSpec['access']) => (access === 'public' ? [Public()] : access ? [RequireRole(access)] : []);

/**
 * A controller of the API: its routes are whole ROUTES paths (no prefix of its own), its
 * operations stand under the OpenAPI tag `tag`, and `access`, when given, applies to every route.
 */
export const ApiController = (tag: string, options: Pick<EndpointSpec, 'access'> = {}): ClassDecorator =>
  applyDecorators(ApiTags(tag), ...accessOf(options.access), Controller());

/** The route, who may call it and the operation's summary. */
function endpoint(route: MethodDecorator[], spec: EndpointSpec): MethodDecorator {
  return applyDecorators(...route, ...accessOf(spec.access), ApiOperation({ summary: spec.summary }));
}

/** An endpoint answering a view: the answer is described last, as it reads the route and status the others set. */
function answering<T>(route: MethodDecorator[], spec: EndpointSpec, answer: ViewDecorator<T>): ViewDecorator<T> {
  const described = endpoint(route, spec);
  return (target, key, descriptor) => {
    described(target, key, descriptor);
    answer(target, key, descriptor);
  };
}

/** GET `path`, answering the libs/contracts view `view` (the handler must return it). */
export const ReadEndpoint = <K extends ViewName>(path: string, view: K, spec: EndpointSpec): ViewDecorator<ContractViews[K]> =>
  answering([Get(path)], spec, ApiView(view, spec.answer));

/** GET `path`, answering a list of `view`. */
export const ListEndpoint = <K extends ViewName>(path: string, view: K, spec: EndpointSpec): ViewDecorator<ContractViews[K][]> =>
  answering([Get(path)], spec, ApiViewList(view, spec.answer));

/** POST `path` that creates a record: 201 with the new record as `view`. */
export const CreateEndpoint = <K extends ViewName>(path: string, view: K, spec: EndpointSpec): ViewDecorator<ContractViews[K]> =>
  answering([Post(path)], spec, ApiView(view, spec.answer));

/** POST `path` that does something other than create (publish, retry, project …): `status` (200) with `view`. */
export const ActionEndpoint = <K extends ViewName>(
  path: string,
  view: K,
  spec: EndpointSpec,
  status: HttpStatus = HttpStatus.OK,
): ViewDecorator<ContractViews[K]> => answering([Post(path), HttpCode(status)], spec, ApiView(view, spec.answer));

/** PATCH `path`: the changed record as `view`. */
export const UpdateEndpoint = <K extends ViewName>(path: string, view: K, spec: EndpointSpec): ViewDecorator<ContractViews[K]> =>
  answering([Patch(path)], spec, ApiView(view, spec.answer));

/** DELETE `path`: 204, no content. */
export const DeleteEndpoint = (path: string, spec: EndpointSpec): MethodDecorator =>
  endpoint([Delete(path), HttpCode(HttpStatus.NO_CONTENT)], spec);
