import { bandColours } from '@kem/scoring';
import { axisMax, bandOf, bandZones } from './bands';

describe('bands', () => {
  it('turns the default scale into zones that tile 0–100, each with its own colour', () => {
    const zones = bandZones();
    expect(zones.map((z) => [z.key, z.lowerBound, z.upperBound])).toEqual([
      ['low', 0, 20],
      ['guarded', 20, 40],
      ['elevated', 40, 60],
      ['high', 60, 80],
      ['severe', 80, 100],
    ]);
    expect(new Set(zones.map((z) => z.style.color)).size).toBe(5);
    expect(bandColours('nonsense').color).toBe('#5f6368');
  });

  it('classifies values, missing values being no band', () => {
    expect(bandOf(19.99)?.label).toBe('Low');
    expect(bandOf(20)?.label).toBe('Guarded');
    expect(bandOf(null)).toBeNull();
  });

  it('tops the axis at the first band boundary above the data with headroom, showing at least two bands', () => {
    expect(axisMax([3, 12.7, 15.9])).toBe(40);
    expect(axisMax([47.3])).toBe(60);
    expect(axisMax([55])).toBe(80); // 55 · 1.1 = 60.5
    expect(axisMax([95, null, undefined, Number.NaN])).toBe(100);
    expect(axisMax([])).toBe(40);
  });
});
