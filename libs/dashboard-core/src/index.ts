export * from './lib/error-message';
export * from './lib/evidence.api';
export * from './lib/indicators.api';
export * from './lib/session-expiry.interceptor';
export * from './lib/session.store';
export * from './lib/index.api';
