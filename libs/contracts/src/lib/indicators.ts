export type IndicatorMethodKind = 'event_pressure' | 'stage' | 'metric';

export interface IndicatorView {
  key: string;
  name: string;
  category: string;
  description: string;
  method: { kind: IndicatorMethodKind } & Record<string, unknown>;
  defaultWeight: number;
}
