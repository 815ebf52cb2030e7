import { IndicatorView, ProfileView } from '@kem/contracts';

/** Test data for the methodology page (not part of the library's public API). */
export const INDICATORS: IndicatorView[] = [
  {
    key: 'cpc_pipeline',
    name: 'CPC pipeline disruptions',
    category: 'energy',
    description: 'Stoppages on the CPC route.',
    method: { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] },
    defaultWeight: 30,
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
        { key: 'first_reading', label: 'First reading', level: 55 },
        { key: 'adopted', label: 'Adopted', level: 70 },
        { key: 'withdrawn', label: 'Withdrawn', level: 10 },
      ],
      enforcement: { halfLifeDays: 180, saturation: 10, impacts: [1, 2, 4, 8, 16] },
    },
    defaultWeight: 20,
  },
  {
    key: 'trade_russia',
    name: 'Trade dependence on Russia',
    category: 'economic',
    description: 'Russia’s share of trade.',
    method: { kind: 'metric', series: 'russia_trade_share', normalisation: { kind: 'goalposts', lo: 10, hi: 40 }, direction: 'higher_is_riskier', unit: '%' },
    defaultWeight: 50,
  },
];

export function profile(slug: string, name: string, weights: Record<string, number>, overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: slug.length,
    slug,
    name,
    description: `Why ${name} weighs like this.`,
    archived: false,
    activeVersion: {
      id: 10 + slug.length,
      number: 3,
      weights,
      method: 'arithmetic',
      note: 'Calibrated on 2022',
      author: 'admin@example.com',
      createdAt: '2026-11-20T09:30:00.000Z',
    },
    ...overrides,
  };
}

export const PROFILES: ProfileView[] = [
  profile('default', 'Default', { cpc_pipeline: 30, foreign_agent: 20, trade_russia: 50 }),
  profile('energy-exporter', 'Energy exporter', { cpc_pipeline: 70, foreign_agent: 0, trade_russia: 30 }),
];

/** The value, or a failed test when it is missing. */
export function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
