import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Overview · Kazakhstan Exposure Monitor',
    loadComponent: () => import('@kem/dashboard-overview').then((m) => m.OverviewPage),
  },
  {
    path: 'report',
    title: 'Report · Kazakhstan Exposure Monitor',
    loadComponent: () => import('@kem/dashboard-report').then((m) => m.ReportPage),
  },
  { path: 'account', loadChildren: () => import('@kem/dashboard-auth').then((m) => m.accountRoutes) },
  {
    path: 'indicators',
    title: 'Indicators · Kazakhstan Exposure Monitor',
    loadComponent: () => import('@kem/dashboard-indicators').then((m) => m.IndicatorListPage),
  },
  {
    path: 'methodology',
    title: 'Methodology · Kazakhstan Exposure Monitor',
    loadComponent: () => import('@kem/dashboard-methodology').then((m) => m.MethodologyPage),
  },
  { path: 'events', loadChildren: () => import('@kem/dashboard-evidence').then((m) => m.eventsRoutes) },
  { path: 'admin', loadChildren: () => import('@kem/dashboard-admin').then((m) => m.adminRoutes) },
  { path: 'digests', loadChildren: () => import('@kem/dashboard-digests').then((m) => m.digestsRoutes) },
  { path: 'triage', loadChildren: () => import('@kem/dashboard-evidence').then((m) => m.triageRoutes) },
  { path: 'evidence', loadChildren: () => import('@kem/dashboard-evidence').then((m) => m.evidenceRoutes) },
  { path: 'footprint', loadChildren: () => import('@kem/dashboard-exposure').then((m) => m.footprintRoutes) },
  { path: 'scenarios', loadChildren: () => import('@kem/dashboard-exposure').then((m) => m.scenariosRoutes) },
  { path: 'replay', loadChildren: () => import('@kem/dashboard-exposure').then((m) => m.replayRoutes) },
  {
    path: 'indicators/:key',
    title: 'Indicator · Kazakhstan Exposure Monitor',
    loadComponent: () => import('@kem/dashboard-indicators').then((m) => m.IndicatorDetailPage),
  },
  {
    path: 'login',
    title: 'Sign in · Kazakhstan Exposure Monitor',
    loadComponent: () => import('@kem/dashboard-auth').then((m) => m.LoginPage),
  },
  {
    path: 'forbidden',
    title: 'Not allowed · Kazakhstan Exposure Monitor',
    loadComponent: () => import('./status-page').then((m) => m.ForbiddenPage),
  },
  {
    path: '**',
    title: 'Not found · Kazakhstan Exposure Monitor',
    loadComponent: () => import('./status-page').then((m) => m.NotFoundPage),
  },
];
