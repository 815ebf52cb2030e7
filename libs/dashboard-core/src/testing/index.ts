// Test data and helpers for the dashboard libraries' specs (not part of any library's public API).
export * from './api-backend';
export * from './debounced-typing';
export * from './evidence-fixtures';
export * from './fake-timers';
export * from './form-driver';
export * from './index-series-fixtures';
export * from './indicator-fixtures';
export * from './session-fixtures';
export * from './present';
export * from './refusal';
export * from './render-page';
