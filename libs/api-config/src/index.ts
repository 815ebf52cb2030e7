export * from './lib/app-config';
export * from './lib/config-error';
export * from './lib/load-config';
export * from './lib/config.module';
export * from './lib/clock';
export * from './lib/cron-job';
