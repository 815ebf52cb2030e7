import { IndexSeriesView, IndicatorView, MethodologyView, ProfileView } from '@kem/contracts';
import { anIndexSeries, CPC, FOREIGN_AGENT, TRADE } from '@kem/dashboard-core/testing';

/** Test data for the methodology page (not part of the library's public API): the default indicators of three kinds. */
export const INDICATORS: IndicatorView[] = [CPC, FOREIGN_AGENT, TRADE];

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
      peakChannel: 0.25,
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

/** A trimmed validation report in the shape `npm run validate` writes (figures from the shipped report). */
export const VALIDATION_REPORT: Record<string, unknown> = {
  generatedFor: '2026-12-03',
  yearly: [
    { year: 2014, v1: 7.9, v2: 36.5, v2Min: 30.7, v2Max: 44.2, v2DaysWithoutValue: 0 },
    { year: 2022, v1: 30.1, v2: 55.2, v2Min: 44, v2Max: 66.1, v2DaysWithoutValue: 0 },
  ],
  checks: { v1DaysAtZero: 45, v2DaysBelowOne: 0, v2DaysWithoutValue: 0 },
  backtest: {
    definition: 'Crisis = an event family of severity ≥ 4 dated 2021-01-01..2026-12-03.',
    crises: [
      {
        date: '2022-01-02',
        titles: ['CSTO deploys Russian-led peacekeeping force to Kazakhstan (severity 5, curated)'],
        indicators: ['csto_military'],
        v1: { before: 14.7, peak: 48.8, rise: 34.2, hit: true },
        v2: { before: 44.8, peak: 70.1, rise: 25.3, hit: true },
      },
    ],
    summary: {
      v1: { hitRate: 1, hitOrHighRate: 1, falseAlarmRate: 0.714, alarmEpisodes: 21, falseAlarms: 15, medianLagDays: 0 },
      v2: { hitRate: 0.667, hitOrHighRate: 1, falseAlarmRate: 0.667, alarmEpisodes: 15, falseAlarms: 10, medianLagDays: 0 },
    },
  },
  external: {
    directional: [{ date: '2015-02-09', rater: 'S&P', action: 'downgrade BBB+ → BBB, outlook negative', v1Agrees: true, v2Agrees: true }],
    directionAgreement: { v1: '5/6', v2: '5/6' },
    spearmanYearlyVsCreditRisk: { v1: -0.33, v2: -0.24 },
    wtwLevel: [{ period: '2024-H2', wtw: 48, v1: 20.9, v2: 47.4 }],
    notes: ['Direction: the index mean over the 90 days before an action minus its mean a year earlier.'],
  },
  sensitivity: {
    drawsPerGroup: 200,
    outputs: {
      meanIndex: { share: { weights: 0.054, impacts: 0.071, constants: 0.1, peakChannel: 0.774, staleness: 0 } },
      lastDay: { share: { weights: 0, impacts: 0.28, constants: 0.317, peakChannel: 0, staleness: 0.403 } },
    },
  },
  saturation: {
    rule: { quantile: 0.95, targetFraction: 0.5, minSaturation: 4, maxSaturation: 32 },
    constants: [{ key: 'cpc_pipeline', published: 22.5, refit: 22.5, activeDays: 1569 }],
  },
  peerSanity: ['No peer-country evidence is in the repository, so no peer index was computed.'],
};

/** GET /api/methodology for the fixtures' indicators. */
export const METHODOLOGY: MethodologyView = {
  method: {
    version: 2,
    label: 'Version 2: structural baseline, honest memory, freshness',
    summary: 'Each score is a structural baseline plus event pressure on top.',
    aggregation: 'arithmetic',
    peakChannel: 0.25,
    stalenessSpread: { spreadPointsPerInterval: 5, maxSpreadPoints: 20 },
    unmonitoredAfterIntervals: 3,
  },
  versions: [
    { version: 2, label: 'Version 2', summary: 'Baseline, memory, freshness.', isDefault: true },
    { version: 1, label: 'Version 1', summary: 'Event pressure only.', isDefault: false },
  ],
  coefficients: [
    {
      indicatorKey: 'cpc_pipeline',
      group: 'weight',
      name: 'defaultWeight',
      value: 30,
      unit: 'weight',
      basis: 'argued',
      note: 'default weight',
    },
    {
      indicatorKey: 'cpc_pipeline',
      group: 'saturation',
      name: 'method.saturation',
      value: 22.5,
      unit: 'pressure units',
      basis: 'fitted',
      note: 'q95 rule',
    },
    {
      indicatorKey: 'cpc_pipeline',
      group: 'baseline',
      name: 'baseline.components[0].lo',
      value: 0,
      unit: '%',
      basis: 'data',
      note: 'CPC share of crude exports',
    },
    { indicatorKey: null, group: 'composite', name: 'peakChannel', value: 0.25, unit: 'λ', basis: 'argued', note: 'peak-channel term' },
  ],
  indicators: [
    {
      key: 'cpc_pipeline',
      name: 'CPC pipeline disruptions',
      defaultWeight: 30,
      reviewIntervalDays: 150,
      unmonitoredAfterDays: 450,
      unknownHoldDays: 90,
      reviewIntervalBasis: 'p75 of gaps between CPC news: 131 days, rounded up.',
      baseline: {
        components: [
          {
            series: 'cpc_share_crude_exports',
            label: 'CPC share of crude exports',
            lo: 0,
            hi: 100,
            direction: 'higher_is_riskier',
            weight: 0.5,
            availableFrom: 'period_end',
            lagMonths: 3,
          },
        ],
        expectedVintageMonths: 18,
        rationale: 'Most crude leaves through CPC across Russia.',
        dataNotes: 'One annual series; thin before 2016.',
      },
    },
  ],
  reviewIntervalRule: 'Review intervals from the 75th percentile of evidence gaps, 120–180 days.',
  curationRule: 'The curated history counts as review up to its curation day.',
  validation: VALIDATION_REPORT,
};

/** A monthly index series with the given [day, value] points (value null: no index that month). */
export function aSeries(points: [string, number | null][]): IndexSeriesView {
  return anIndexSeries(points, { interval: 'month', from: '2014-01-01', to: '2026-12-03' });
}
