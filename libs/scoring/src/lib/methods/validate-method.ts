import { ScoringParameterError } from '../errors';
import type { DecayingPressureParameters, IndicatorDefinition, MetricMethod, ScoringMethod, StageMethod } from '../model/indicator';

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
      throw new ScoringParameterError(
        'method.kind',
        "must be 'event_pressure', 'stage' or 'metric'",
        (method as { kind?: unknown } | undefined)?.kind,
        indicatorKey,
      );
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
    throw new ScoringParameterError(
      'normalisation.kind',
      "must be 'goalposts' or 'percentile'",
      (n as { kind?: unknown } | undefined)?.kind,
      key,
    );
  }
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
