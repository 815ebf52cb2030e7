export * from './lib/methodology-page/methodology-page';
