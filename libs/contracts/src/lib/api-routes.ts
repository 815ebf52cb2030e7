/**
 * The API's routes, in one table: the controllers declare their paths from it, the API's tests call
 * it, and the dashboard's data-access services build their URLs with it, so a renamed route fails
 * to compile on every side.
 */
export const API_PREFIX = '/api';

/** A route with path parameters: call it to build a URL; `pattern` is the same route with `:name` placeholders, as the API declares it. */
export interface ParamRoute<A extends (string | number)[]> {
  (...params: A): string;
  readonly pattern: string;
}

/** Fills the `:name` placeholders of `pattern` in order, each URL-encoded. */
function withParams<A extends (string | number)[]>(pattern: string): ParamRoute<A> {
  const build = (...params: A): string => {
    let next = 0;
    return pattern.replace(/:\w+/g, () => encodeURIComponent(String(params[next++])));
  };
  return Object.assign(build, { pattern });
}

export const API_ROUTES = {
  health: `${API_PREFIX}/health`,
  /** The OpenAPI description (JSON); the browsable reference is at `${API_PREFIX}/docs`. */
  openApi: `${API_PREFIX}/docs/json`,
  login: `${API_PREFIX}/auth/login`,
  logout: `${API_PREFIX}/auth/logout`,
  /** The signed-in user; 204 without a body for an anonymous caller (no credential, or a cookie whose session ended). */
  me: `${API_PREFIX}/auth/me`,
  password: `${API_PREFIX}/auth/password`,
  users: `${API_PREFIX}/users`,
  user: withParams<[id: number]>(`${API_PREFIX}/users/:id`),
  indicators: `${API_PREFIX}/indicators`,
  events: `${API_PREFIX}/events`,
  event: withParams<[id: number]>(`${API_PREFIX}/events/:id`),
  eventsImport: `${API_PREFIX}/events/import`,
  observations: `${API_PREFIX}/observations`,
  observation: withParams<[id: number]>(`${API_PREFIX}/observations/:id`),
  observationsImport: `${API_PREFIX}/observations/import`,
  indicatorReviews: withParams<[key: string]>(`${API_PREFIX}/indicators/:key/reviews`),
  evidenceHealth: `${API_PREFIX}/evidence-health`,
  methodology: `${API_PREFIX}/methodology`,
  connectors: `${API_PREFIX}/connectors`,
  connector: withParams<[key: string]>(`${API_PREFIX}/connectors/:key`),
  connectorSync: withParams<[key: string]>(`${API_PREFIX}/connectors/:key/sync`),
  triage: `${API_PREFIX}/triage`,
  triageAccept: withParams<[id: number]>(`${API_PREFIX}/triage/:id/accept`),
  triageCorrect: withParams<[id: number]>(`${API_PREFIX}/triage/:id/correct`),
  triageMerge: withParams<[id: number]>(`${API_PREFIX}/triage/:id/merge`),
  triageReject: withParams<[id: number]>(`${API_PREFIX}/triage/:id/reject`),
  audit: `${API_PREFIX}/audit`,
  profiles: `${API_PREFIX}/profiles`,
  profile: withParams<[id: number]>(`${API_PREFIX}/profiles/:id`),
  profileVersions: withParams<[id: number]>(`${API_PREFIX}/profiles/:id/versions`),
  profileVersionsDiff: withParams<[id: number]>(`${API_PREFIX}/profiles/:id/versions/diff`),
  profileVersionRevert: withParams<[id: number, version: number]>(`${API_PREFIX}/profiles/:id/versions/:version/revert`),
  profileBuild: withParams<[id: number]>(`${API_PREFIX}/profiles/:id/build`),
  index: `${API_PREFIX}/index`,
  indexLatest: `${API_PREFIX}/index/latest`,
  indexExplain: `${API_PREFIX}/index/explain`,
  indexUncertainty: `${API_PREFIX}/index/uncertainty`,
  indexScores: `${API_PREFIX}/index/scores`,
  /** What the overview shows first in one response: today's value and the range as columns. */
  indexOverview: `${API_PREFIX}/index/overview`,
  indicatorSeries: withParams<[key: string]>(`${API_PREFIX}/indicators/:key/series`),
  // Digests and alerts
  subscriptions: `${API_PREFIX}/subscriptions`,
  subscription: withParams<[id: number]>(`${API_PREFIX}/subscriptions/:id`),
  subscriptionPreview: withParams<[id: number]>(`${API_PREFIX}/subscriptions/:id/preview`),
  digestsRun: `${API_PREFIX}/digests/run`,
  digestsTest: `${API_PREFIX}/digests/test`,
  deliveries: `${API_PREFIX}/deliveries`,
  deliveryRetry: withParams<[id: number]>(`${API_PREFIX}/deliveries/:id/retry`),
  outbox: `${API_PREFIX}/outbox`,
  outboxMessage: withParams<[id: number]>(`${API_PREFIX}/outbox/:id`),
  outboxEml: withParams<[id: number]>(`${API_PREFIX}/outbox/:id/eml`),
  unsubscribe: `${API_PREFIX}/unsubscribe`,
  // Company exposure, scenarios and replay (signed-in only)
  exposureRule: `${API_PREFIX}/exposure/rule`,
  footprints: `${API_PREFIX}/footprints`,
  footprint: withParams<[id: number]>(`${API_PREFIX}/footprints/:id`),
  footprintIndex: withParams<[id: number]>(`${API_PREFIX}/footprints/:id/index`),
  /** The overview's company view: as indexOverview, for the company index of a footprint. */
  footprintOverview: withParams<[id: number]>(`${API_PREFIX}/footprints/:id/overview`),
  footprintExplain: withParams<[id: number]>(`${API_PREFIX}/footprints/:id/explain`),
  scenarios: `${API_PREFIX}/scenarios`,
  scenario: withParams<[id: number]>(`${API_PREFIX}/scenarios/:id`),
  scenarioProjection: withParams<[id: number]>(`${API_PREFIX}/scenarios/:id/projection`),
  scenarioPresets: `${API_PREFIX}/scenarios/presets`,
  scenarioProject: `${API_PREFIX}/scenarios/project`,
  scenarioCompare: `${API_PREFIX}/scenarios/compare`,
  replay: `${API_PREFIX}/replay`,
  replayPresets: `${API_PREFIX}/replay/presets`,
} as const;
