export * from './lib/error-message';
export * from './lib/field-errors';
export * from './lib/query-params';
export * from './lib/loader';
export * from './lib/url-paged-list';
export * from './lib/session-expiry.interceptor';
export * from './lib/session.store';
// One client per resource.
export * from './lib/audit.api';
export * from './lib/digests.api';
export * from './lib/evidence.api';
export * from './lib/evidence-health.api';
export * from './lib/index.api';
export * from './lib/indicators.api';
export * from './lib/methodology.api';
export * from './lib/observations.api';
export * from './lib/profiles.api';
export * from './lib/users.api';
