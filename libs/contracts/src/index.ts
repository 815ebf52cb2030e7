export * from './lib/api-error';
export * from './lib/api-routes';
export * from './lib/auth';
export * from './lib/health';
export * from './lib/indicators';
export * from './lib/roles';
export * from './lib/evidence';
export * from './lib/audit';
