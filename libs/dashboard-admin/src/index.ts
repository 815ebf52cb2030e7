export * from './lib/admin.routes';
export * from './lib/admin-shell';
export * from './lib/weights/weights-page';
export * from './lib/weights/build-progress';
export * from './lib/profiles/profiles-page';
export * from './lib/compare/compare-page';
export * from './lib/users/users-page';
export * from './lib/audit/audit-page';
