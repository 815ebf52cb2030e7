import { API_PREFIX, API_ROUTES } from '@kem/contracts';

/** The prefix every route is served under, as Nest's `setGlobalPrefix` takes it ('api'). */
export const GLOBAL_PREFIX = API_PREFIX.slice(1);

/** A route of API_ROUTES as a controller declares it: below the global prefix, parameters as `:name`. */
export function declaredPath(route: string | { readonly pattern: string }): string {
  const path = typeof route === 'string' ? route : route.pattern;
  if (!path.startsWith(`${API_PREFIX}/`)) throw new Error(`Route ${path} is not under ${API_PREFIX}/`);
  return path.slice(API_PREFIX.length + 1);
}

/**
 * API_ROUTES as the controllers declare them (`@Get(ROUTES.event)` is `events/:id`): one route
 * table for the controllers, the API's tests and the dashboard, so a renamed route fails to compile.
 */
export const ROUTES = Object.fromEntries(Object.entries(API_ROUTES).map(([name, route]) => [name, declaredPath(route)])) as {
  readonly [Name in keyof typeof API_ROUTES]: string;
};
