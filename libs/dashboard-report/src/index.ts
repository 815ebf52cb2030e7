export * from './lib/report-page/report-page';
