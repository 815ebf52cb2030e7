/** Paths under the API prefix, shared by the API's tests and the dashboard's data-access services. */
export const API_PREFIX = '/api';

export const API_ROUTES = {
  health: `${API_PREFIX}/health`,
  login: `${API_PREFIX}/auth/login`,
  logout: `${API_PREFIX}/auth/logout`,
  me: `${API_PREFIX}/auth/me`,
  users: `${API_PREFIX}/users`,
  indicators: `${API_PREFIX}/indicators`,
  events: `${API_PREFIX}/events`,
  eventsImport: `${API_PREFIX}/events/import`,
  observations: `${API_PREFIX}/observations`,
  connectors: `${API_PREFIX}/connectors`,
  audit: `${API_PREFIX}/audit`,
  profiles: `${API_PREFIX}/profiles`,
  index: `${API_PREFIX}/index`,
  indexLatest: `${API_PREFIX}/index/latest`,
  indexExplain: `${API_PREFIX}/index/explain`,
  indexUncertainty: `${API_PREFIX}/index/uncertainty`,
  indexScores: `${API_PREFIX}/index/scores`,
  indicatorSeries: (key: string) => `${API_PREFIX}/indicators/${encodeURIComponent(key)}/series`,
} as const;
