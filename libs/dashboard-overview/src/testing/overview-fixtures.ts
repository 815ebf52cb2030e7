import type {
  FreshnessView,
  IndicatorFreshnessView,
  IndexExplanationView,
  IndexOverviewView,
  IndexPointView,
  IndexSeriesView,
  IndicatorView,
  LatestIndexView,
  ProfileView,
} from '@kem/contracts';
import { seriesColumns } from '@kem/contracts';

export const TODAY_FOR_TESTS = '2026-11-24';

const eventPressure = { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] } as const;

/** The name with a comma tests the CSV quoting. */
export const INDICATORS: IndicatorView[] = [
  { key: 'cpc_pipeline', name: 'CPC pipeline disruptions', category: 'energy', description: '', method: eventPressure, defaultWeight: 18 },
  {
    key: 'csto_military',
    name: 'CSTO / Russian military activity',
    category: 'security',
    description: '',
    method: eventPressure,
    defaultWeight: 14,
  },
  {
    key: 'trade_russia',
    name: 'Trade, dependence on Russia',
    category: 'economic',
    description: '',
    method: eventPressure,
    defaultWeight: 15,
  },
];

export const PROFILES: ProfileView[] = [
  {
    id: 1,
    slug: 'default',
    name: 'Default',
    description: 'A general foreign investor.',
    archived: false,
    activeVersion: {
      id: 1,
      number: 1,
      weights: { cpc_pipeline: 18, csto_military: 14, trade_russia: 15 },
      method: 'arithmetic',
      peakChannel: 0,
      note: '',
      author: null,
      createdAt: '',
    },
  },
  {
    id: 2,
    slug: 'energy-exporter',
    name: 'Energy exporter',
    description: 'Oil and gas producers.',
    archived: false,
    activeVersion: {
      id: 2,
      number: 1,
      weights: { cpc_pipeline: 30, csto_military: 12, trade_russia: 15 },
      method: 'arithmetic',
      peakChannel: 0,
      note: '',
      author: null,
      createdAt: '',
    },
  },
];

export function aFreshnessRow(overrides: Partial<IndicatorFreshnessView> = {}): IndicatorFreshnessView {
  return {
    indicatorKey: 'cpc_pipeline',
    state: 'fresh',
    reviewIntervalDays: 150,
    lastEvidence: '2026-11-23',
    lastReview: '2026-10-01',
    lastReviewByAnalyst: true,
    daysSinceEvidence: 1,
    daysSinceTouch: 1,
    staleFrom: '2027-04-22',
    unmonitoredFrom: '2027-09-19',
    inComposite: true,
    staleVintage: false,
    unknownLapsed: false,
    spread: 0,
    ...overrides,
  };
}

/** CPC fresh, CSTO stale (still counted), trade unmonitored (left out). */
export function aFreshness(overrides: Partial<FreshnessView> = {}): FreshnessView {
  return {
    date: TODAY_FOR_TESTS,
    method: 2,
    coverage: { covered: 2, total: 3, share: 2 / 3, inComposite: ['cpc_pipeline', 'csto_military'], leftOut: ['trade_russia'] },
    indicators: [
      aFreshnessRow(),
      aFreshnessRow({
        indicatorKey: 'csto_military',
        state: 'stale',
        lastEvidence: '2026-02-12',
        daysSinceEvidence: 285,
        daysSinceTouch: 285,
        spread: 6,
      }),
      aFreshnessRow({
        indicatorKey: 'trade_russia',
        state: 'unmonitored',
        lastEvidence: '2025-05-28',
        daysSinceEvidence: 545,
        daysSinceTouch: 545,
        inComposite: false,
        staleVintage: true,
      }),
    ],
    lastNewEvidence: '2026-11-23',
    daysSinceNewEvidence: 1,
    stale: ['csto_military'],
    unmonitored: ['trade_russia'],
    summary: '1 of 3 indicators stale, 1 unmonitored (left out).',
    ...overrides,
  };
}

export function aLatest(overrides: Partial<LatestIndexView> = {}): LatestIndexView {
  return {
    profile: { slug: 'default', name: 'Default', version: 1 },
    method: 2,
    asOf: null,
    date: TODAY_FOR_TESTS,
    value: 47.26,
    band: 'elevated',
    bandLabel: 'Elevated',
    reason: null,
    lower: 38.2,
    upper: 51.4,
    changes: [
      { days: 7, change: -0.66 },
      { days: 30, change: 3.24 },
      { days: 90, change: null },
    ],
    coverage: ['cpc_pipeline', 'csto_military'],
    freshness: aFreshness(),
    scores: [
      { indicatorKey: 'csto_military', score: 31.2, baseline: 16.6, contribution: 14.86, band: 'guarded', state: 'stale' },
      { indicatorKey: 'cpc_pipeline', score: 72.4, baseline: 35.1, contribution: 32.4, band: 'high', state: 'fresh' },
      { indicatorKey: 'trade_russia', score: 55.3, baseline: 28.5, contribution: null, band: 'elevated', state: 'unmonitored' },
    ],
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
  return {
    date,
    value,
    band: value < 20 ? 'low' : value < 40 ? 'guarded' : 'elevated',
    contributions,
    coverage: Object.keys(contributions),
    scores: {},
    stale: [],
    unmonitored: [],
    lower: value - 4.123,
    upper: value + 5,
  };
}

export function aSeries(
  points: IndexPointView[] = [aPoint('2026-11-22', 30, 10), aPoint('2026-11-23', 31.5, 10.25, 5), aPoint('2026-11-24', 32, 10, 5.26)],
): IndexSeriesView {
  return {
    profile: { slug: 'default', name: 'Default', version: 1 },
    method: 2,
    asOf: null,
    interval: 'day',
    from: points[0]?.date ?? '2025-11-25',
    to: TODAY_FOR_TESTS,
    computedAt: '2026-11-24T06:00:00.000Z',
    points,
    freshness: aFreshness(),
    noValueReason: null,
  };
}

/** What GET /api/index/overview answers: today's value and the series as columns. */
export function anOverview(latest = aLatest(), series = aSeries(), overrides: Partial<IndexOverviewView> = {}): IndexOverviewView {
  return { latest, series: seriesColumns(series), uncertaintyMethod: 'Monte Carlo, 500 draws.', company: null, ...overrides };
}

export function anExplanation(overrides: Partial<IndexExplanationView> = {}): IndexExplanationView {
  const none = { newEvidence: 0, fading: 0, baseline: 0, staleness: 0, reweighting: 0 };
  return {
    profile: { slug: 'default', name: 'Default', version: 1 },
    method: 2,
    from: '2026-10-25',
    to: TODAY_FOR_TESTS,
    indexFrom: 44.02,
    indexTo: 47.26,
    change: 3.24,
    reason: null,
    parts: { newEvidence: 3.5, fading: -0.26, baseline: 0, staleness: 0, reweighting: 0 },
    indicators: [
      {
        indicatorKey: 'cpc_pipeline',
        scoreFrom: 50.1,
        scoreTo: 72.4,
        change: 3.5,
        parts: { ...none, newEvidence: 3.5 },
        stateFrom: 'fresh',
        stateTo: 'fresh',
        monitoringChanged: false,
        drivers: [
          {
            eventId: 58,
            memberIds: [58, 59, 60],
            kind: 'new',
            severity: 5,
            status: 'ongoing',
            startDate: '2026-11-23',
            endDate: null,
            points: 3.3,
          },
        ],
      },
      {
        indicatorKey: 'csto_military',
        scoreFrom: 20,
        scoreTo: 19.4,
        change: -0.26,
        parts: { ...none, fading: -0.26 },
        stateFrom: 'fresh',
        stateTo: 'stale',
        monitoringChanged: false,
        drivers: [
          {
            eventId: 12,
            memberIds: [12],
            kind: 'fading',
            severity: 3,
            status: 'ended',
            startDate: '2026-01-10',
            endDate: '2026-02-01',
            points: -0.26,
          },
        ],
      },
      {
        indicatorKey: 'trade_russia',
        scoreFrom: 28.7,
        scoreTo: 28.7,
        change: 0,
        parts: none,
        stateFrom: 'unmonitored',
        stateTo: 'unmonitored',
        monitoringChanged: false,
        drivers: [],
      },
    ],
    freshness: aFreshness(),
    summary: ['New evidence on CPC pipeline disruptions raised the index.'],
    events: {
      '58': { title: 'Naval drone attack wrecks CPC mooring', sourceName: 'Interfax', sourceUrl: 'https://interfax.com/cpc?a=1&b=2' },
      '12': { title: 'Russian exercise near the border', sourceName: 'Reuters', sourceUrl: 'https://www.reuters.com/x' },
    },
    ...overrides,
  };
}
