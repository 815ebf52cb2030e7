import { Routes } from '@angular/router';
import { requireRole } from '@kem/dashboard-auth';
import { AdminShell } from './admin-shell';
import { AuditPage } from './audit/audit-page';
import { ComparePage } from './compare/compare-page';
import { ProfilesPage } from './profiles/profiles-page';
import { UsersPage } from './users/users-page';
import { WeightsPage } from './weights/weights-page';

const title = (page: string) => `${page} · Admin · Kazakhstan Exposure Monitor`;
const admin = [requireRole('admin')];

/**
 * Children of /admin, loaded lazily: weights with live preview, profiles and their versions,
 * profile comparison, users and the audit log. Every page needs the admin role.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'weights' },
      { path: 'weights', title: title('Weights'), canActivate: admin, component: WeightsPage },
      { path: 'profiles', title: title('Profiles'), canActivate: admin, component: ProfilesPage },
      { path: 'compare', title: title('Compare profiles'), canActivate: admin, component: ComparePage },
      { path: 'users', title: title('Users'), canActivate: admin, component: UsersPage },
      { path: 'audit', title: title('Audit log'), canActivate: admin, component: AuditPage },
    ],
  },
];
