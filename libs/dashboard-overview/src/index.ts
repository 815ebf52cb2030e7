export * from './lib/overview-page/overview-page';
export * from './lib/index-csv';
