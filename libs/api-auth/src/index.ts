export * from './lib/auth.module';
export * from './lib/authenticated-user';
export * from './lib/decorators/current-user.decorator';
export * from './lib/decorators/public.decorator';
export * from './lib/decorators/require-role.decorator';
export * from './lib/users.service';
export { initialAdminPasswordFile } from './lib/initial-admin';
export * from './lib/decorators/endpoint.decorator';
