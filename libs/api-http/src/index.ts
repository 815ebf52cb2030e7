export * from './lib/api-exception.filter';
export * from './lib/body-parsing';
export * from './lib/domain-errors';
export * from './lib/request-logger';
export * from './lib/validation';
export * from './lib/calendar-day';
export * from './lib/parse-id.pipe';
export * from './lib/page-query.dto';
