import { ScoringParameterError } from '../errors';
import type {
  BaselineSpec,
  DecayingPressureParameters,
  IndicatorDefinition,
  MetricMethod,
  ScoringMethod,
  StageMethod,
} from '../model/indicator';

/**
 * Checks an indicator definition before anything is scored with it.
 * @throws ScoringParameterError naming the first invalid parameter (dotted path within the definition)
 */
export function validateIndicatorDefinition(definition: IndicatorDefinition): void {
  if (typeof definition.key !== 'string' || definition.key.trim() === '') {
    throw new ScoringParameterError('key', 'must be a non-empty string', definition.key);
  }
  const key = definition.key;
  if (!Number.isFinite(definition.defaultWeight) || definition.defaultWeight < 0) {
    throw new ScoringParameterError('defaultWeight', 'must be a finite number ≥ 0', definition.defaultWeight, key);
  }
  validateScoringMethod(definition.method, key);
  if (definition.baseline !== undefined) validateBaselineSpec(definition.baseline, key);
  if (definition.reviewIntervalDays !== undefined) {
    if (!Number.isInteger(definition.reviewIntervalDays) || definition.reviewIntervalDays < 1) {
      throw new ScoringParameterError('reviewIntervalDays', 'must be an integer ≥ 1', definition.reviewIntervalDays, key);
    }
  }
  if (definition.unknownHoldDays !== undefined) {
    if (!Number.isInteger(definition.unknownHoldDays) || definition.unknownHoldDays < 0) {
      throw new ScoringParameterError('unknownHoldDays', 'must be an integer ≥ 0', definition.unknownHoldDays, key);
    }
  }
}

/** Checks a structural baseline (method version 2); parameters are named `baseline.…`. */
export function validateBaselineSpec(spec: BaselineSpec, key: string | null): void {
  if (!Array.isArray(spec.components) || spec.components.length === 0) {
    throw new ScoringParameterError('baseline.components', 'must list at least one component', spec.components, key);
  }
  requirePositive(spec.expectedVintageMonths, 'baseline.expectedVintageMonths', key);
  if (typeof spec.rationale !== 'string' || spec.rationale.trim() === '') {
    throw new ScoringParameterError('baseline.rationale', 'must explain the choice', spec.rationale, key);
  }
  let total = 0;
  spec.components.forEach((c, i) => {
    const name = `baseline.components[${i}]`;
    if (typeof c.series !== 'string' || c.series === '')
      throw new ScoringParameterError(`${name}.series`, 'must be a series key', c.series, key);
    requireFinite(c.lo, `${name}.lo`, key);
    requireFinite(c.hi, `${name}.hi`, key);
    if (c.lo >= c.hi) throw new ScoringParameterError(`${name}.lo`, `must be below ${name}.hi (${c.hi})`, c.lo, key);
    if (c.direction !== 'higher_is_riskier' && c.direction !== 'higher_is_safer') {
      throw new ScoringParameterError(`${name}.direction`, "must be 'higher_is_riskier' or 'higher_is_safer'", c.direction, key);
    }
    if (!Number.isFinite(c.weight) || c.weight < 0)
      throw new ScoringParameterError(`${name}.weight`, 'must be a finite number ≥ 0', c.weight, key);
    if (c.availableFrom !== 'period_start' && c.availableFrom !== 'period_end') {
      throw new ScoringParameterError(`${name}.availableFrom`, "must be 'period_start' or 'period_end'", c.availableFrom, key);
    }
    if (!Number.isInteger(c.lagMonths) || c.lagMonths < 0) {
      throw new ScoringParameterError(`${name}.lagMonths`, 'must be an integer ≥ 0', c.lagMonths, key);
    }
    if (c.prior !== undefined && c.prior !== null) requireFinite(c.prior.value, `${name}.prior.value`, key);
    total += c.weight;
  });
  if (!(total > 0 && total <= 1 + 1e-12)) {
    throw new ScoringParameterError('baseline.components', 'weights must sum to more than 0 and at most 1', total, key);
  }
}

/** Checks a scoring method's parameters; see {@link validateIndicatorDefinition}. */
export function validateScoringMethod(method: ScoringMethod, indicatorKey: string | null = null): void {
  switch (method?.kind) {
    case 'event_pressure':
      validatePressureParameters(method, '', indicatorKey);
      return;
    case 'stage':
      validateStageMethod(method, indicatorKey);
      return;
    case 'metric':
      validateMetricMethod(method, indicatorKey);
      return;
    default:
      throw unknownKind('method.kind', "'event_pressure', 'stage' or 'metric'", method, indicatorKey);
  }
}

function validatePressureParameters(p: DecayingPressureParameters, prefix: string, key: string | null): void {
  requirePositive(p.halfLifeDays, `${prefix}halfLifeDays`, key);
  requirePositive(p.saturation, `${prefix}saturation`, key);
  if (!Array.isArray(p.impacts) || p.impacts.length !== 5) {
    throw new ScoringParameterError(`${prefix}impacts`, 'must list 5 impacts, for severities 1..5', p.impacts, key);
  }
  p.impacts.forEach((impact, i) => {
    const name = `${prefix}impacts[${i}]`;
    if (!Number.isFinite(impact) || impact < 0) {
      throw new ScoringParameterError(name, 'must be a finite number ≥ 0', impact, key);
    }
    if (i > 0 && impact < p.impacts[i - 1]) {
      throw new ScoringParameterError(name, 'must not be below the impact of the next lower severity', impact, key);
    }
  });
}

function validateStageMethod(method: StageMethod, key: string | null): void {
  if (!Array.isArray(method.stages) || method.stages.length === 0) {
    throw new ScoringParameterError('stages', 'must list at least one stage', method.stages, key);
  }
  const seen = new Set<string>();
  method.stages.forEach((stage, i) => {
    if (typeof stage.key !== 'string' || stage.key === '' || seen.has(stage.key)) {
      throw new ScoringParameterError(`stages[${i}].key`, 'must be a unique non-empty string', stage.key, key);
    }
    seen.add(stage.key);
    if (!Number.isFinite(stage.level) || stage.level < 0 || stage.level > 100) {
      throw new ScoringParameterError(`stages[${i}].level`, 'must be a number in [0, 100]', stage.level, key);
    }
  });
  if (method.enforcement === null || typeof method.enforcement !== 'object') {
    throw new ScoringParameterError('enforcement', 'must give halfLifeDays, saturation and impacts', method.enforcement, key);
  }
  validatePressureParameters(method.enforcement, 'enforcement.', key);
}

function validateMetricMethod(method: MetricMethod, key: string | null): void {
  if (method.direction !== 'higher_is_riskier' && method.direction !== 'higher_is_safer') {
    throw new ScoringParameterError('direction', "must be 'higher_is_riskier' or 'higher_is_safer'", method.direction, key);
  }
  const n = method.normalisation;
  if (n?.kind === 'goalposts') {
    requireFinite(n.lo, 'normalisation.lo', key);
    requireFinite(n.hi, 'normalisation.hi', key);
    if (n.lo >= n.hi) {
      throw new ScoringParameterError('normalisation.lo', `must be below normalisation.hi (${n.hi})`, n.lo, key);
    }
  } else if (n?.kind === 'percentile') {
    if (!Number.isInteger(n.minObservations) || n.minObservations < 1) {
      throw new ScoringParameterError('normalisation.minObservations', 'must be an integer ≥ 1', n.minObservations, key);
    }
  } else {
    throw unknownKind('normalisation.kind', "'goalposts' or 'percentile'", n, key);
  }
}

/** The error for an object whose `kind` is none of the allowed ones. */
function unknownKind(parameter: string, allowed: string, value: unknown, key: string | null): ScoringParameterError {
  return new ScoringParameterError(parameter, `must be ${allowed}`, (value as { kind?: unknown } | undefined)?.kind, key);
}

function requireFinite(value: number, name: string, key: string | null): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScoringParameterError(name, 'must be a finite number', value, key);
  }
}

function requirePositive(value: number, name: string, key: string | null): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ScoringParameterError(name, 'must be a finite number > 0', value, key);
  }
}
