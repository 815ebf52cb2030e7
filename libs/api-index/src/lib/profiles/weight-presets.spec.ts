import { DEFAULT_INDICATORS } from '@kem/scoring';
import { WEIGHT_PRESETS } from './weight-presets';

describe('weight presets', () => {
  const keys = DEFAULT_INDICATORS.map((i) => i.key).sort();

  it.each(WEIGHT_PRESETS.map((p) => [p.slug, p] as const))('%s weighs every default indicator, summing to 100', (_slug, preset) => {
    expect(Object.keys(preset.weights).sort()).toEqual(keys);
    expect(Object.values(preset.weights).reduce((a, b) => a + b, 0)).toBe(100);
    expect(preset.description.length).toBeGreaterThan(60);
  });

  it('leans each business type towards the indicators its rationale names', () => {
    const top = (slug: string) => Object.entries(WEIGHT_PRESETS.find((p) => p.slug === slug)!.weights).sort((a, b) => b[1] - a[1])[0][0];
    expect(top('energy-exporter')).toBe('cpc_pipeline');
    expect(top('logistics-retail')).toBe('trade_russia');
    expect(top('ngo-media')).toBe('foreign_agent');
  });
});
