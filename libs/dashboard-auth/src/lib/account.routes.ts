import { Route } from '@angular/router';
import { AccountPage } from './account-page/account-page';
import { requireRole } from './guards';

/** /account: the signed-in user's own account (any role). */
export const accountRoutes: Route[] = [
  { path: '', title: 'Your account · Kazakhstan Exposure Monitor', canActivate: [requireRole('viewer')], component: AccountPage },
];
