import { METHOD_V1, METHOD_V2 } from '../defaults/methods';
import { prepareEvidence } from '../methods/score-indicators';
import { prepareEvidenceV2 } from '../v2/prepare-v2';
import { methodCoefficients } from './method-coefficients';
import { DEFAULT_SATURATION_RULE, saturationFromPressure } from './saturation-quantiles';

describe('saturation from quantiles of pressure', () => {
  const rule = { ...DEFAULT_SATURATION_RULE, quantile: 0.9, targetFraction: 1 - Math.exp(-1) };

  it('sets k so that the q-quantile of active-day pressure scores the target fraction', () => {
    // 100 active days with pressure 1..100 (type-7 p90 = 90.1) plus idle days (ignored); with g* = 1 − 1/e, k = 90.1 → clamped to 32
    const pressure = [...Array.from({ length: 100 }, (_, i) => i + 1), ...new Array(500).fill(0)];
    const clamped = saturationFromPressure(pressure, rule);
    expect(clamped).toMatchObject({ activeDays: 100, saturation: 32, clamped: true });
    expect(clamped.quantilePressure).toBeCloseTo(90.1, 10);
    // unclamped: pressure 0.1..10 → p90 = 9.01 = k
    const fit = saturationFromPressure(
      pressure.map((x) => x / 10),
      rule,
    );
    expect(fit.saturation).toBeCloseTo(9.01, 10);
    // default rule (p95 → half the headroom): p95 of 0.1..10 = 9.505, k = 9.505 / ln 2 = 13.71
    const published = saturationFromPressure(pressure.map((x) => x / 10));
    expect(published.saturation).toBeCloseTo(9.505 / Math.LN2, 9);
    expect(1 - Math.exp(-9.505 / (published.saturation as number))).toBeCloseTo(0.5, 12);
  });

  it('returns no fit with too few active days', () => {
    expect(saturationFromPressure([1, 2, 3]).saturation).toBeNull();
  });
});

describe('method sets', () => {
  it('keeps version 1 unchanged and version 2 valid, with the same keys and weights', () => {
    expect(METHOD_V1.indicators.find((d) => d.key === 'trade_russia')?.method.kind).toBe('metric');
    expect(() => prepareEvidence(METHOD_V1.indicators, { events: [], observations: [] })).not.toThrow();
    expect(() => prepareEvidenceV2(METHOD_V2.indicators, { events: [], observations: [] })).not.toThrow();
    expect(METHOD_V2.indicators.map((d) => [d.key, d.defaultWeight])).toEqual(METHOD_V1.indicators.map((d) => [d.key, d.defaultWeight]));
    for (const d of METHOD_V2.indicators) {
      expect(d.baseline?.rationale).toBeTruthy();
      expect(d.reviewIntervalDays).toBeGreaterThan(0);
    }
  });

  it('lists every coefficient, including goalposts, priors, freshness and λ', () => {
    const rows = methodCoefficients(METHOD_V2);
    expect(rows.some((r) => r.indicatorKey === 'civil_liberties' && r.name === 'baseline.components[0].hi' && r.value === 60)).toBe(true);
  });

  it('names the score each goalpost maps to, turned round when higher is safer', () => {
    const rows = methodCoefficients(METHOD_V2);
    const note = (key: string, name: string) => rows.find((r) => r.indicatorKey === key && r.name === name)?.note;
    // WGI estimates: higher is safer, so the upper goalpost (2.5) scores 0.
    expect(note('internal_unrest', 'baseline.components[0].lo')).toMatch(/goalpost \(scores 100\)$/);
    expect(note('internal_unrest', 'baseline.components[0].hi')).toMatch(/goalpost \(scores 0\)$/);
    expect(note('trade_russia', 'baseline.components[0].lo')).toMatch(/goalpost \(scores 0\)$/);
    expect(note('trade_russia', 'baseline.components[0].hi')).toMatch(/goalpost \(scores 100\)$/);
    expect(rows.some((r) => r.indicatorKey === 'cpc_pipeline' && r.name === 'baseline.components[0].prior' && r.value === 80)).toBe(true);
    expect(rows.some((r) => r.name === 'peakChannel' && r.value === 0.25)).toBe(true);
    expect(rows.filter((r) => r.name === 'reviewIntervalDays')).toHaveLength(8);
  });
});
