import type { EventView, IndicatorView, ObservationView } from '@kem/contracts';

export const CPC: IndicatorView = {
  key: 'cpc_pipeline',
  name: 'CPC pipeline disruptions',
  category: 'energy',
  description: 'Stoppages on the CPC route.',
  method: { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: [1, 2, 4, 8, 16] },
  defaultWeight: 18,
};

export const TRADE: IndicatorView = {
  key: 'trade_russia',
  name: 'Trade dependence on Russia',
  category: 'economic',
  description: 'Russia’s share of trade.',
  method: {
    kind: 'metric',
    series: 'russia_trade_share',
    normalisation: { kind: 'goalposts', lo: 10, hi: 40 },
    direction: 'higher_is_riskier',
    unit: '%',
  },
  defaultWeight: 15,
};

export const FOREIGN_AGENT: IndicatorView = {
  key: 'foreign_agent',
  name: 'Foreign-agent legislation',
  category: 'political',
  description: 'How far the bill has come.',
  method: {
    kind: 'stage',
    stages: [
      { key: 'proposed', label: 'Proposed', level: 25 },
      { key: 'adopted', label: 'Adopted', level: 70 },
    ],
    enforcement: { halfLifeDays: 180, saturation: 10, impacts: [1, 2, 4, 8, 16] },
  },
  defaultWeight: 12,
};

export function anEvent(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 1,
    indicatorKey: 'cpc_pipeline',
    date: '2026-11-24',
    datePrecision: 'day',
    endDate: null,
    title: 'Event',
    summary: 'What happened.',
    severity: 3,
    stage: null,
    sourceName: 'Reuters',
    sourceUrl: 'https://www.reuters.com/a',
    confidence: 'high',
    status: 'published',
    origin: 'curated',
    lifecycle: 'ended',
    parentId: null,
    recordedAt: null,
    author: null,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

export function anObservation(overrides: Partial<ObservationView> = {}): ObservationView {
  return {
    id: 1,
    indicatorKey: 'trade_russia',
    series: 'russia_trade_share',
    date: '2023-09-30',
    value: 18.6,
    unit: '%',
    sourceName: 'bne IntelliNews',
    sourceUrl: 'https://www.intellinews.com/x',
    confidence: 'medium',
    note: null,
    period: null,
    vintage: null,
    recordedAt: null,
    origin: 'curated',
    author: null,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}
