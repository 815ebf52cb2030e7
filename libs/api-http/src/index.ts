export * from './lib/api-exception.filter';
export * from './lib/body-parsing';
export * from './lib/domain-errors';
export * from './lib/request-logger';
export * from './lib/validation';
