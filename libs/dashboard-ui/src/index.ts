export * from './lib/confirm-dialog';
export * from './lib/load-status';
