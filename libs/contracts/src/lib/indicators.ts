import type { ScoringMethod } from './scoring-method';

export interface IndicatorView {
  key: string;
  name: string;
  category: string;
  description: string;
  /** How the indicator is scored, with every parameter (see the methodology page). */
  method: ScoringMethod;
  defaultWeight: number;
}
