import { Routes } from '@angular/router';
import { requireRole } from '@kem/dashboard-auth';
import { EventEditorPage } from './event-editor/event-editor-page';
import { EventsPage } from './events-page/events-page';
import { EvidenceHealthPage } from './evidence-health/evidence-health-page';
import { ImportPage } from './import/import-page';
import { ObservationImportPage } from './observation-import/observation-import-page';
import { TriagePage } from './triage/triage-page';

const title = (page: string) => `${page} · Kazakhstan Exposure Monitor`;

/** Children of /events, loaded lazily: the public timeline, and the analyst's editor and CSV import. */
export const eventsRoutes: Routes = [
  { path: '', pathMatch: 'full', title: title('Events'), component: EventsPage },
  { path: 'new', title: title('Add an event'), canActivate: [requireRole('analyst')], component: EventEditorPage },
  { path: 'import', title: title('Import events'), canActivate: [requireRole('analyst')], component: ImportPage },
  { path: ':id/edit', title: title('Edit event'), canActivate: [requireRole('analyst')], component: EventEditorPage },
];

/** Children of /triage, loaded lazily: the analyst's queue of draft events. */
export const triageRoutes: Routes = [
  { path: '', pathMatch: 'full', title: title('Triage'), canActivate: [requireRole('analyst')], component: TriagePage },
];

/** Children of /evidence, loaded lazily: the analyst's evidence health and observation import. */
export const evidenceRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'health' },
  { path: 'health', title: title('Evidence health'), canActivate: [requireRole('analyst')], component: EvidenceHealthPage },
  {
    path: 'observations/import',
    title: title('Import observations'),
    canActivate: [requireRole('analyst')],
    component: ObservationImportPage,
  },
];
