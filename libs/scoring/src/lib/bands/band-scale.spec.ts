import { ScoringParameterError } from '../errors';
import { DEFAULT_BAND_SCALE, bandRank, bandScaleWithThresholds, classifyBand, validateBandScale } from './band-scale';

describe('band scale', () => {
  it.each([
    [0, 'low'],
    [19.999, 'low'],
    [20, 'guarded'],
    [39.99, 'guarded'],
    [40, 'elevated'],
    [60, 'high'],
    [79.99, 'high'],
    [80, 'severe'],
    [100, 'severe'],
  ])('puts %d in %s (Low < 20 ≤ Guarded < 40 ≤ Elevated < 60 ≤ High < 80 ≤ Severe)', (value, key) => {
    expect(classifyBand(value)?.key).toBe(key);
  });

  it('has no band for NaN', () => {
    expect(classifyBand(Number.NaN)).toBeNull();
  });

  it('takes configurable thresholds', () => {
    const scale = bandScaleWithThresholds([25, 50, 70, 90]);
    expect([classifyBand(24, scale)?.key, classifyBand(25, scale)?.key, classifyBand(89, scale)?.key]).toEqual(['low', 'guarded', 'high']);
    expect(bandRank('severe', scale)).toBe(4);
  });

  it.each([
    ['bands[2].lowerBound', () => bandScaleWithThresholds([30, 30, 60, 80])],
    ['bands[4].lowerBound', () => bandScaleWithThresholds([20, 40, 60, 101])],
    ['bands[1].lowerBound', () => bandScaleWithThresholds([Number.NaN, 40, 60, 80])],
    ['bands[0].lowerBound', () => validateBandScale([{ ...DEFAULT_BAND_SCALE[0], lowerBound: 5 }])],
    ['bands[1].key', () => validateBandScale([DEFAULT_BAND_SCALE[0], DEFAULT_BAND_SCALE[0]])],
    ['bands', () => validateBandScale([])],
  ])('names %s when the scale is invalid', (parameter, build) => {
    expect(build).toThrow(ScoringParameterError);
    expect(build).toThrow(`"${parameter}"`);
  });
});
