import { observationValueProblem } from './observation-values';

describe('observation values, bounded by unit', () => {
  it('keeps a share in % between 0 and 100', () => {
    expect(observationValueProblem('%', 21.4)).toBeNull();
    expect(observationValueProblem('%', 1e308)).toMatch(/between 0 and 100/);
    expect(observationValueProblem('%', -0.1)).toMatch(/between 0 and 100/);
  });

  it('allows ratios in "% of …" beyond 100 and below 0 (net energy exporters), within ±1000', () => {
    expect(observationValueProblem('% of energy use', -125)).toBeNull();
    expect(observationValueProblem('% of GDP', 140)).toBeNull();
    expect(observationValueProblem('% of GDP', 5000)).toMatch(/between -1000 and 1000/);
  });

  it('bounds other quantities and refuses non-finite numbers', () => {
    expect(observationValueProblem('USD bn', 43.8)).toBeNull();
    expect(observationValueProblem('USD bn', 1e300)).toMatch(/between/);
    expect(observationValueProblem('USD bn', Infinity)).toBe('must be a finite number');
    expect(observationValueProblem('USD bn', NaN)).toBe('must be a finite number');
  });
});
