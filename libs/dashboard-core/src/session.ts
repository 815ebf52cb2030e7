// The session only, for the app shell: importing the whole library there would pull every page's
// shared code (the scoring library among it) into the initial bundle.
export * from './lib/session.store';
export * from './lib/session-expiry.interceptor';
