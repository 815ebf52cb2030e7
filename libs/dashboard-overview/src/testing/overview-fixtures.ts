import type {
  EventView,
  IndexExplanationView,
  IndexPointView,
  IndexSeriesView,
  IndicatorView,
  LatestIndexView,
  Page,
  ProfileView,
} from '@kem/contracts';

export const TODAY_FOR_TESTS = '2026-11-24';

const eventPressure = { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] } as const;

/** The name with a comma tests the CSV quoting. */
export const INDICATORS: IndicatorView[] = [
  { key: 'cpc_pipeline', name: 'CPC pipeline disruptions', category: 'energy', description: '', method: eventPressure, defaultWeight: 18 },
  { key: 'csto_military', name: 'CSTO / Russian military activity', category: 'security', description: '', method: eventPressure, defaultWeight: 14 },
  { key: 'trade_russia', name: 'Trade, dependence on Russia', category: 'economic', description: '', method: eventPressure, defaultWeight: 15 },
];

export const PROFILES: ProfileView[] = [
  {
    id: 1,
    slug: 'default',
    name: 'Default',
    description: 'A general foreign investor.',
    archived: false,
    activeVersion: { id: 1, number: 1, weights: { cpc_pipeline: 18, csto_military: 14, trade_russia: 15 }, method: 'arithmetic', note: '', author: null, createdAt: '' },
  },
  {
    id: 2,
    slug: 'energy-exporter',
    name: 'Energy exporter',
    description: 'Oil and gas producers.',
    archived: false,
    activeVersion: { id: 2, number: 1, weights: { cpc_pipeline: 30, csto_military: 12, trade_russia: 15 }, method: 'arithmetic', note: '', author: null, createdAt: '' },
  },
];

export function aLatest(overrides: Partial<LatestIndexView> = {}): LatestIndexView {
  return {
    profile: { slug: 'default', name: 'Default', version: 1 },
    date: TODAY_FOR_TESTS,
    value: 47.26,
    band: 'elevated',
    bandLabel: 'Elevated',
    lower: 38.2,
    upper: 51.4,
    changes: [
      { days: 7, change: -0.66 },
      { days: 30, change: 3.24 },
      { days: 90, change: null },
    ],
    coverage: ['cpc_pipeline', 'csto_military'],
    topMovers: [],
    bandActions: [
      { id: 'elevated.routes', text: 'Map alternative export routes that avoid Russian territory.' },
      { id: 'elevated.review', text: 'Review exposure monthly with the board.' },
    ],
    indicatorActions: [
      {
        indicatorKey: 'cpc_pipeline',
        score: 72.4,
        band: 'high',
        actions: [{ id: 'cpc.alternatives', text: 'Line up alternative export capacity (BTC, rail to China).' }],
      },
    ],
    computedAt: '2026-11-24T06:00:00.000Z',
    ...overrides,
  };
}

export function aPoint(date: string, cpc: number, csto: number, trade?: number): IndexPointView {
  const contributions: Record<string, number> = { cpc_pipeline: cpc, csto_military: csto };
  if (trade !== undefined) contributions['trade_russia'] = trade;
  const value = cpc + csto + (trade ?? 0);
  return { date, value, band: value < 20 ? 'low' : value < 40 ? 'guarded' : 'elevated', contributions, coverage: Object.keys(contributions), lower: value - 4.123, upper: value + 5 };
}

export function aSeries(points: IndexPointView[] = [aPoint('2026-11-22', 30, 10), aPoint('2026-11-23', 31.5, 10.25, 5), aPoint('2026-11-24', 32, 10, 5.26)]): IndexSeriesView {
  return {
    profile: { slug: 'default', name: 'Default', version: 1 },
    interval: 'day',
    from: points[0]?.date ?? '2025-11-25',
    to: TODAY_FOR_TESTS,
    computedAt: '2026-11-24T06:00:00.000Z',
    points,
  };
}

export function anEvent(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 1,
    indicatorKey: 'cpc_pipeline',
    date: '2026-11-23',
    datePrecision: 'day',
    endDate: null,
    title: 'Drone strike halts CPC loading',
    summary: '',
    severity: 4,
    stage: null,
    sourceName: 'Reuters',
    sourceUrl: 'https://www.reuters.com/cpc?id=1&x=2',
    confidence: 'high',
    status: 'published',
    origin: 'curated',
    author: null,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

export function aPage<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 500 };
}

export function anExplanation(overrides: Partial<IndexExplanationView> = {}): IndexExplanationView {
  return {
    profile: { slug: 'default', name: 'Default', version: 1 },
    from: '2026-10-25',
    to: TODAY_FOR_TESTS,
    indexFrom: 44.02,
    indexTo: 47.26,
    change: 3.24,
    aggregation: 'arithmetic',
    indicators: [
      {
        key: 'cpc_pipeline',
        status: 'both',
        scoreFrom: 50.1,
        scoreTo: 72.4,
        weightFrom: 0.38,
        weightTo: 0.38,
        change: 3.5,
        scoreEffect: 3.5,
        coverageEffect: 0,
        indexPointsPerScorePoint: 0.38,
        drivers: [
          {
            kind: 'event',
            eventId: 58,
            date: '2026-11-23',
            endDate: null,
            severity: 5,
            stage: null,
            value: null,
            pressureFrom: 0,
            pressureTo: 16,
            points: 3.3,
            share: 0.943,
          },
        ],
        remainder: 0.2,
      },
      {
        key: 'csto_military',
        status: 'both',
        scoreFrom: 20,
        scoreTo: 19.4,
        weightFrom: 0.3,
        weightTo: 0.3,
        change: -0.26,
        scoreEffect: -0.26,
        coverageEffect: 0,
        indexPointsPerScorePoint: 0.3,
        drivers: [],
        remainder: 0,
      },
      {
        key: 'trade_russia',
        status: 'both',
        scoreFrom: 28.7,
        scoreTo: 28.7,
        weightFrom: 0.32,
        weightTo: 0.32,
        change: 0,
        scoreEffect: 0,
        coverageEffect: 0,
        indexPointsPerScorePoint: 0.32,
        drivers: [],
        remainder: 0,
      },
    ],
    entered: [],
    left: [],
    events: { '58': { title: 'Naval drone attack wrecks CPC mooring', sourceName: 'Interfax', sourceUrl: 'https://interfax.com/cpc?a=1&b=2' } },
    ...overrides,
  };
}
