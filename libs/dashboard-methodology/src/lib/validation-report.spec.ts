import { rate, ValidationFigures, validationFigures } from './validation-report';
import { VALIDATION_REPORT } from '../testing/methodology-fixtures';

describe('validation report, read for the page', () => {
  it('reads the yearly means, backtest rates, external agreement, sensitivity shares and the saturation rule', () => {
    const v = validationFigures(VALIDATION_REPORT) as ValidationFigures;
    expect(v.yearly[0]).toEqual({ year: 2014, v1: 7.9, v2: 36.5, v2Min: 30.7, v2Max: 44.2 });
    expect(v.backtest.v2).toMatchObject({ hitRate: 0.667, falseAlarmRate: 0.667, medianLagDays: 0 });
    expect(v.backtest.crises[0]).toMatchObject({ date: '2022-01-02', v1Hit: true, v2Hit: true, v2Rise: 25.3 });
    expect(v.external.directionAgreement).toEqual({ v1: '5/6', v2: '5/6' });
    expect(v.external.spearman.v2).toBe(-0.24);
    expect(v.external.wtw[0]).toEqual({ period: '2024-H2', wtw: 48, v1: 20.9, v2: 47.4 });
    expect(v.sensitivity.outputs[0].shares[0]).toEqual({ parameter: 'peakChannel', label: 'Peak-channel λ', share: 0.774 });
    expect(v.saturation.rule).toContainEqual({ name: 'quantile', value: 0.95 });
    expect(rate(0.667)).toBe('67 %');
  });

  it('copes with a missing or partial report', () => {
    expect(validationFigures(null)).toBeNull();
    const v = validationFigures({ yearly: 'nonsense', backtest: { summary: {} } }) as ValidationFigures;
    expect(v.yearly).toEqual([]);
    expect(v.backtest.v1).toBeNull();
    expect(v.external.wtw).toEqual([]);
    expect(rate(null)).toBe('–');
  });
});
