import {
  AuditEntryView,
  IndexSeriesView,
  IndicatorView,
  ProfileBuildView,
  ProfileVersionView,
  ProfileView,
  ScoreHistoryView,
} from '@kem/contracts';
import { anIndexSeries } from '@kem/dashboard-core/testing';

/** Test data for the admin pages (not part of the library's public API). */
const indicator = (key: string, name: string, category: string, defaultWeight: number): IndicatorView => ({
  key,
  name,
  category,
  description: `${name}.`,
  method: { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] },
  defaultWeight,
});

export const INDICATORS: IndicatorView[] = [
  indicator('cpc_pipeline', 'CPC pipeline disruptions', 'energy', 50),
  indicator('trade_russia', 'Trade dependence on Russia', 'economic', 30),
  indicator('foreign_agent', 'Foreign-agent legislation', 'political', 20),
];

export function aVersion(overrides: Partial<ProfileVersionView> = {}): ProfileVersionView {
  return {
    id: 11,
    number: 2,
    weights: { cpc_pipeline: 50, trade_russia: 30, foreign_agent: 20 },
    method: 'arithmetic',
    peakChannel: 0,
    note: 'Initial weights',
    author: 'admin@example.com',
    createdAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

export function aProfile(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 1,
    slug: 'default',
    name: 'Default',
    description: 'A general foreign investor: every channel counts.',
    archived: false,
    activeVersion: aVersion(),
    ...overrides,
  };
}

export const PROFILES: ProfileView[] = [
  aProfile(),
  aProfile({
    id: 2,
    slug: 'energy-exporter',
    name: 'Energy exporter',
    description: 'Oil and gas producers: most crude leaves through the CPC pipeline.',
    activeVersion: aVersion({ id: 21, number: 1, weights: { cpc_pipeline: 70, trade_russia: 20, foreign_agent: 10 } }),
  }),
];

/** A weekly index series under one profile version, one point a week from Sunday 7 January 2024. */
export function aWeeklySeries(slug: string, name: string, values: number[], version = 1): IndexSeriesView {
  const day = (i: number) => `2024-01-${String(7 + 7 * i).padStart(2, '0')}`;
  return anIndexSeries(
    values.map((value, i) => [day(i), value]),
    { profile: { slug, name, version }, interval: 'week' },
  );
}

/** Four days of scores: cpc 10..40, trade 50 flat, foreign_agent without data on day 1. */
export const SCORES: ScoreHistoryView = {
  method: 2,
  peakChannel: 0,
  from: '2024-01-01',
  to: '2024-01-04',
  keys: ['cpc_pipeline', 'trade_russia', 'foreign_agent'],
  scores: [
    [10, 20, 30, 40],
    [50, 50, 50, 50],
    [null, 80, 80, 80],
  ],
};

export function aBuild(overrides: Partial<ProfileBuildView> = {}): ProfileBuildView {
  return {
    versionId: 11,
    versionNumber: 2,
    status: 'ready',
    progress: 1,
    error: null,
    computedAt: '2026-11-20T09:31:00.000Z',
    served: true,
    ...overrides,
  };
}

export function anAuditEntry(overrides: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    id: 1,
    at: '2026-11-24T11:42:00.000Z',
    actor: 'admin@example.com',
    action: 'weights.save',
    entityType: 'profile',
    entityId: '1',
    before: { version: 1, weights: { cpc_pipeline: 18, trade_russia: 15 }, method: 'arithmetic', note: 'Initial' },
    after: { version: 2, weights: { cpc_pipeline: 30, trade_russia: 15 }, method: 'arithmetic', note: 'More CPC' },
    ...overrides,
  };
}
