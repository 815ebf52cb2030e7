import { inject } from '@angular/core';
import { ActivatedRoute, Params, QueryParamsHandling, Router } from '@angular/router';

/** Puts new query parameters in the address bar of the current route (a null one is removed). */
export type QueryNavigation = (queryParams: Params, handling?: QueryParamsHandling) => void;

/**
 * Changes the current route's query parameters, where a page keeps its view (filters, range, chosen
 * profile) so it can be shared and the back button works; the router then changes the bound inputs.
 * The other parameters are kept (`merge`) unless `handling` says otherwise. Call in an injection context.
 */
export function queryNavigation(): QueryNavigation {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  return (queryParams, handling = 'merge') => void router.navigate([], { relativeTo: route, queryParams, queryParamsHandling: handling });
}
