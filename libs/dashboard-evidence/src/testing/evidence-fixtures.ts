import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EventView, IndicatorView, Page, Role, UserView } from '@kem/contracts';
import { SessionStore } from '@kem/dashboard-core';

/** Test data for the evidence pages (not part of the library's public API). */
export const INDICATORS: IndicatorView[] = [
  {
    key: 'cpc_pipeline',
    name: 'CPC pipeline disruptions',
    category: 'energy',
    description: 'Stoppages on the CPC route.',
    method: { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] },
    defaultWeight: 18,
  },
  {
    key: 'foreign_agent',
    name: 'Foreign-agent legislation',
    category: 'political',
    description: 'A Russian-style foreign-agent law.',
    method: {
      kind: 'stage',
      stages: [
        { key: 'proposed', label: 'Proposed', level: 25 },
        { key: 'adopted', label: 'Adopted', level: 70 },
      ],
      enforcement: { halfLifeDays: 180, saturation: 10, impacts: [1, 2, 4, 8, 16] },
    },
    defaultWeight: 12,
  },
  {
    key: 'csto_military',
    name: 'CSTO / Russian military activity',
    category: 'security',
    description: 'Deployments and exercises.',
    method: { kind: 'event_pressure', halfLifeDays: 180, saturation: 12, impacts: [1, 2, 4, 8, 16] },
    defaultWeight: 14,
  },
];

export function anEvent(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 1,
    indicatorKey: 'cpc_pipeline',
    date: '2022-03-22',
    datePrecision: 'day',
    endDate: null,
    title: 'CPC takes SPM-3 out of service after storm damage',
    summary: 'A storm displaced a hose string on mooring No. 3.',
    severity: 2,
    stage: null,
    sourceName: 'Interfax',
    sourceUrl: 'https://interfax.com/newsroom/top-stories/77175/',
    confidence: 'high',
    status: 'published',
    origin: 'curated',
    lifecycle: 'unknown',
    parentId: null,
    recordedAt: null,
    author: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aPage(items: EventView[], overrides: Partial<Page<EventView>> = {}): Page<EventView> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}

/** Makes the SessionStore know a signed-in user of `role` (or nobody), as the app shell would on start. */
export async function signInAs(role: Role | null): Promise<void> {
  const session = TestBed.inject(SessionStore);
  const checked = session.ensureChecked();
  const me = TestBed.inject(HttpTestingController).expectOne('/api/auth/me');
  if (role) {
    const user: UserView = { id: 9, email: `${role}@example.com`, displayName: null, role, active: true, createdAt: '', lastLoginAt: null };
    me.flush(user);
  } else {
    me.flush({ statusCode: 401, message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
  }
  await checked;
}
