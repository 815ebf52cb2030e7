/**
 * Indicator definitions, baselines and events as the engine's specs build them. A testing helper:
 * specs import it by path; it is not exported from the library's index.
 */
import type { EvidenceEvent, EvidenceId } from '../model/evidence';
import type {
  BaselineComponent,
  BaselineSpec,
  DecayingPressureParameters,
  IndicatorDefinition,
  ScoringMethod,
  StageLevel,
} from '../model/indicator';

type DefinitionPatch = Partial<IndicatorDefinition>;

const indicator = (key: string, method: ScoringMethod, patch: DefinitionPatch): IndicatorDefinition => ({
  key,
  name: key,
  category: 'security',
  description: '.',
  method,
  defaultWeight: 1,
  ...patch,
});

export const eventPressureIndicator = (key: string, pressure: DecayingPressureParameters, patch: DefinitionPatch = {}) =>
  indicator(key, { kind: 'event_pressure', ...pressure }, patch);

export const stageIndicator = (
  key: string,
  stages: readonly StageLevel[],
  enforcement: DecayingPressureParameters,
  patch: DefinitionPatch = {},
) => indicator(key, { kind: 'stage', stages, enforcement }, patch);

/** A metric scored between goalposts, higher values riskier, in %. */
export const goalpostsIndicator = (key: string, lo: number, hi: number, patch: DefinitionPatch = {}) =>
  indicator(key, { kind: 'metric', normalisation: { kind: 'goalposts', lo, hi }, direction: 'higher_is_riskier', unit: '%' }, patch);

/** A one-component structural baseline on series `x` (weight 0.5, known at the period's end). */
export const structuralBaseline = (component: Partial<BaselineComponent> = {}): BaselineSpec => ({
  components: [
    {
      series: 'x',
      label: 'X',
      lo: 0,
      hi: 100,
      direction: 'higher_is_riskier',
      weight: 0.5,
      availableFrom: 'period_end',
      lagMonths: 0,
      ...component,
    },
  ],
  expectedVintageMonths: 12,
  rationale: 'test',
  dataNotes: '',
});

export const event = (
  id: EvidenceId,
  indicatorKey: string,
  date: string,
  severity: number,
  patch: Partial<EvidenceEvent> = {},
): EvidenceEvent => ({ id, indicatorKey, date, severity, ...patch });
