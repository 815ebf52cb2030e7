export * from './lib/methodology-page/methodology-page';
export * from './lib/profiles.api';
