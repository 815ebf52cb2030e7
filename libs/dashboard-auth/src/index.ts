export * from './lib/guards';
export * from './lib/login-page/login-page';
