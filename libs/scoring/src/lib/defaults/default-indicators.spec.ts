import { classifyBand } from '../bands/band-scale';
import { prepareEvidence, scorePrepared } from '../methods/score-indicators';
import { validateIndicatorDefinition } from '../methods/validate-method';
import type { EvidenceEvent } from '../model/evidence';
import { seriesValueAt } from '../model/series';
import { DEFAULT_INDICATORS, SEVERITY_RUBRIC } from './default-indicators';

describe('DEFAULT_INDICATORS', () => {
  it('defines the eight default indicators with valid methods', () => {
    expect(DEFAULT_INDICATORS.map((d) => d.key).sort()).toEqual([
      'civil_liberties',
      'cpc_pipeline',
      'csto_military',
      'foreign_agent',
      'infrastructure',
      'internal_unrest',
      'sovereignty_rhetoric',
      'trade_russia',
    ]);
    for (const d of DEFAULT_INDICATORS) expect(() => validateIndicatorDefinition(d)).not.toThrow();
    expect(DEFAULT_INDICATORS.find((d) => d.key === 'foreign_agent')?.method.kind).toBe('stage');
    expect(DEFAULT_INDICATORS.find((d) => d.key === 'trade_russia')?.method.kind).toBe('metric');
  });

  it('has default weights summing to 100, CPC the heaviest', () => {
    const weights = DEFAULT_INDICATORS.map((d) => d.defaultWeight);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    expect(DEFAULT_INDICATORS.find((d) => d.key === 'cpc_pipeline')?.defaultWeight).toBe(Math.max(...weights));
  });

  it('is plain JSON data (the API seeds it) with short descriptions', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_INDICATORS))).toEqual(DEFAULT_INDICATORS);
    for (const d of DEFAULT_INDICATORS) {
      const sentences = d.description.split(/(?<=[.!?])\s+/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    }
    expect(SEVERITY_RUBRIC.map((r) => r.severity)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('calibration against Kazakhstan’s history', () => {
  const events: EvidenceEvent[] = [
    { id: 'csto-host', indicatorKey: 'csto_military', date: '2021-03-09', severity: 2 },
    { id: 'csto-request', indicatorKey: 'csto_military', date: '2022-01-05', severity: 4 },
    { id: 'csto-deploy', indicatorKey: 'csto_military', date: '2022-01-06', endDate: '2022-01-19', severity: 5 },
    { id: 'unrest-protests', indicatorKey: 'internal_unrest', date: '2022-01-02', endDate: '2022-01-11', severity: 4 },
    { id: 'unrest-emergency', indicatorKey: 'internal_unrest', date: '2022-01-05', endDate: '2022-01-19', severity: 5 },
    { id: 'cpc-spm', indicatorKey: 'cpc_pipeline', date: '2022-08-22', endDate: '2022-10-22', severity: 4 },
  ];
  const history = scorePrepared(prepareEvidence(DEFAULT_INDICATORS, { events, observations: [] }), {
    from: '2021-01-01',
    to: '2023-06-30',
  });
  const band = (key: string, date: string) => {
    const series = history.series.find((s) => s.key === key);
    return classifyBand(seriesValueAt(series as (typeof history.series)[number], date))?.key;
  };

  it('puts the January 2022 CSTO deployment in Severe for weeks, then lets it decay over months', () => {
    // during: request (8) + deployment (16) = 24 → 100·(1 − e^(−24/12)) = 86.5
    expect(band('csto_military', '2022-01-10')).toBe('severe');
    // 1 March: 8·2^(−55/180) + 16·2^(−41/180) = 6.47 + 13.66 = 20.1 → 81.3
    expect(band('csto_military', '2022-03-01')).toBe('severe');
    // 30 June: 4.08 + 8.58 = 12.7 → 65.2
    expect(band('csto_military', '2022-06-30')).toBe('high');
    // 25 September: 2.98 + 6.13 = 9.1 → 53.2
    expect(band('csto_military', '2022-09-25')).toBe('elevated');
    // the 2021 hosting announcement alone (severity 2 → 2): 100·(1 − e^(−2/12)) = 15.4
    expect(band('csto_military', '2021-03-10')).toBe('low');
  });

  it('holds a CPC stoppage in High while it lasts, and lets it fade after', () => {
    for (const date of ['2022-08-22', '2022-09-20', '2022-10-22']) expect(band('cpc_pipeline', date)).toBe('high');
    // 60 days after the end: 8·2^(−1) = 4 → 100·(1 − e^(−0.5)) = 39.3
    expect(band('cpc_pipeline', '2022-12-21')).toBe('guarded');
    expect(band('cpc_pipeline', '2022-08-21')).toBe('low');
  });

  it('shows the January 2022 unrest as Severe', () => {
    expect(band('internal_unrest', '2022-01-06')).toBe('severe');
    // 2 January, protests alone (8): 100·(1 − e^(−0.8)) = 55.1
    expect(band('internal_unrest', '2022-01-02')).toBe('elevated');
  });
});
