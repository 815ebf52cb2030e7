import type { BaselineSpec } from '@kem/scoring';
import { anObservation } from '@kem/dashboard-core/testing';
import { structuralSeriesRows } from './structural-series';

const BASELINE: BaselineSpec = {
  components: [
    {
      series: 'russia_import_share',
      label: 'Russia’s share of imports',
      lo: 10,
      hi: 50,
      direction: 'higher_is_riskier',
      weight: 0.4,
      availableFrom: 'period_end',
      lagMonths: 6,
    },
    {
      series: 'transit',
      label: 'Gas transit',
      lo: 0,
      hi: 100,
      direction: 'higher_is_safer',
      weight: 0.1,
      availableFrom: 'period_end',
      lagMonths: 3,
    },
  ],
  expectedVintageMonths: 18,
  rationale: '',
  dataNotes: '',
};

describe('structural series behind a baseline', () => {
  it('takes each series’ latest period, its vintage and age, and flags figures older than expected or missing', () => {
    const rows = structuralSeriesRows(
      BASELINE,
      [
        anObservation({ id: 1, series: 'russia_import_share', date: '2023-12-31', period: '2023', value: 36, vintage: '2024-07-01' }),
        anObservation({ id: 2, series: 'russia_import_share', date: '2022-12-31', period: '2022', value: 38 }),
      ],
      '2026-12-03',
    );
    // 2023 known from June 2024 (its last month + 6 months): 30 months to December 2026 > 18.
    expect(rows[0]).toMatchObject({
      period: '2023',
      vintage: '2024-07-01',
      ageMonths: 30,
      stale: true,
      goalposts: '10 → 50, higher is riskier',
    });
    expect(rows[0].latest?.value).toBe(36);
    expect(rows[1]).toMatchObject({ latest: null, ageMonths: null, stale: true, goalposts: '0 → 100, higher is safer' });
    const fresh = structuralSeriesRows(
      BASELINE,
      [anObservation({ series: 'russia_import_share', date: '2025-12-31', period: '2025' })],
      '2026-12-03',
    );
    expect(fresh[0]).toMatchObject({ ageMonths: 6, stale: false });
  });
});
