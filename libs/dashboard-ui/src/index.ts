export * from './lib/confirm-dialog';
export * from './lib/load-status';
export * from './lib/paged-table';
export * from './lib/form-errors';
export * from './lib/evidence-badges';
export * from './lib/date-input';
export * from './lib/table-head';
