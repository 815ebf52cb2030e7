/**
 * Typed errors of the scoring engine. Plain classes (no framework) so that the API can map them to
 * 400 responses naming the offending field, and the browser can show the same message.
 */

/** Base class of every error the scoring engine throws on bad input. */
export abstract class ScoringError extends Error {
  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A method, index or simulation parameter is invalid (e.g. half-life ≤ 0, lo ≥ hi, NaN). */
export class ScoringParameterError extends ScoringError {
  /**
   * @param parameter    name (or dotted path) of the parameter, e.g. `halfLifeDays`, `normalisation.lo`
   * @param reason       what is required of it, e.g. `must be a finite number > 0`
   * @param value        the rejected value
   * @param indicatorKey the indicator whose definition holds the parameter, if any
   */
  constructor(
    readonly parameter: string,
    readonly reason: string,
    readonly value: unknown,
    readonly indicatorKey: string | null = null,
  ) {
    super(
      `Invalid parameter "${parameter}"${indicatorKey === null ? '' : ` of indicator "${indicatorKey}"`}: ` +
        `${reason} (got ${describe(value)})`,
    );
  }
}

/** Weights are not finite, negative, missing, unknown, or sum to zero. */
export class InvalidWeightsError extends ScoringError {
  /**
   * @param indicatorKey the offending indicator, or null when the problem is the set as a whole (sum 0)
   * @param reason       what is wrong
   */
  constructor(
    readonly indicatorKey: string | null,
    readonly reason: string,
  ) {
    super(indicatorKey === null ? `Invalid weights: ${reason}` : `Invalid weight for "${indicatorKey}": ${reason}`);
  }
}

/** An event or observation cannot be scored (bad date, severity outside 1..5, unknown stage…). */
export class InvalidEvidenceError extends ScoringError {
  /**
   * @param field        the field of the event / observation, e.g. `severity`, `endDate`
   * @param reason       what is required of it
   * @param evidenceId   the event id (observations have none: their date is given instead)
   * @param indicatorKey the indicator the evidence belongs to
   */
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly evidenceId: string | number | null,
    readonly indicatorKey: string,
  ) {
    super(
      `Invalid ${field} of ${evidenceId === null ? 'an observation' : `event ${JSON.stringify(evidenceId)}`} ` +
        `for indicator "${indicatorKey}": ${reason}`,
    );
  }
}

/** A string is not an ISO calendar day `YYYY-MM-DD` that exists. */
export class InvalidDateError extends ScoringError {
  constructor(readonly value: unknown) {
    super(`Invalid date ${describe(value)}: expected an existing calendar day as 'YYYY-MM-DD'`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
