import { EventView, IndicatorFreshnessView, ObservationView, Page } from '@kem/contracts';

/** A published, curated event (the March 2022 storm damage at CPC), with any change a test needs. */
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

/** A curated observation of the trade-dependence metric, with any change a test needs. */
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

/** All of `items` as one page of a list. */
export function aPage<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}

/** CPC's evidence freshness 312 days after its last evidence (25 January 2026): stale, still in the composite. */
export function aFreshness(overrides: Partial<IndicatorFreshnessView> = {}): IndicatorFreshnessView {
  return {
    indicatorKey: 'cpc_pipeline',
    state: 'stale',
    reviewIntervalDays: 150,
    lastEvidence: '2026-01-25',
    lastReview: '2026-01-25',
    lastReviewByAnalyst: false,
    daysSinceEvidence: 312,
    daysSinceTouch: 312,
    staleFrom: '2026-06-24',
    unmonitoredFrom: '2027-06-19',
    inComposite: true,
    staleVintage: true,
    unknownLapsed: false,
    spread: 10,
    ...overrides,
  };
}
