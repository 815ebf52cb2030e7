export * from './lib/indicator-list/indicator-list-page';
export * from './lib/method-summary';
export * from './lib/indicator-detail/indicator-detail-page';
