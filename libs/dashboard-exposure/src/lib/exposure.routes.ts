import { Routes } from '@angular/router';
import { requireRole } from '@kem/dashboard-auth';
import { FootprintPage } from './footprint-page';
import { ReplayPage } from './replay-page';
import { ScenariosPage } from './scenarios-page';

const title = (page: string) => `${page} · Kazakhstan Exposure Monitor`;
const signedIn = [requireRole('viewer')];

/** /footprint, /scenarios and /replay, loaded lazily; every one needs a signed-in user (the API says 401 otherwise). */
export const footprintRoutes: Routes = [{ path: '', title: title('Our exposure'), canActivate: signedIn, component: FootprintPage }];
export const scenariosRoutes: Routes = [{ path: '', title: title('Scenarios'), canActivate: signedIn, component: ScenariosPage }];
export const replayRoutes: Routes = [{ path: '', title: title('Replay'), canActivate: signedIn, component: ReplayPage }];
