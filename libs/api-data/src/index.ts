export * from './lib/entities';
export * from './lib/migrations';
export * from './lib/data-source-options';
export * from './lib/database-health';
export * from './lib/database.module';
export * from './lib/migrate';
export * from './lib/audit-trail';
export * from './lib/unique-violation';
