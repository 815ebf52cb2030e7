export * from './lib/indicator-list/indicator-list-page';
export * from './lib/method-summary';
