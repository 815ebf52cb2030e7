export * from './lib/guards';
export * from './lib/login-page/login-page';
export * from './lib/account-page/account-page';
export * from './lib/account.routes';
