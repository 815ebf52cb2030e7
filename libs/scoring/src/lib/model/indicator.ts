/**
 * Indicator definitions: what an indicator measures and how its daily score in [0, 100] is made.
 * Plain JSON-serialisable data, so the API can store and seed them and the browser can edit them.
 */

import type { BaselineSpec, ScoringMethod } from '@kem/contracts';

// The method parameters are part of the API's contract: defined once in @kem/contracts.
export type {
  BaselineComponent,
  BaselineSpec,
  DecayingPressureParameters,
  EventPressureMethod,
  MetricDirection,
  MetricMethod,
  MetricNormalisation,
  ScoringMethod,
  ScoringMethodKind,
  SeverityImpactTable,
  StageLevel,
  StageMethod,
} from '@kem/contracts';

export type IndicatorCategory = 'political' | 'security' | 'energy' | 'economic' | 'infrastructure' | 'social';

export interface IndicatorDefinition {
  /** Stable identifier, e.g. `cpc_pipeline`; events and observations refer to it. */
  readonly key: string;
  readonly name: string;
  readonly category: IndicatorCategory;
  readonly description: string;
  readonly method: ScoringMethod;
  /** Default weight in the composite index (≥ 0; the defaults sum to 100). */
  readonly defaultWeight: number;
  /** Method version 2: structural baseline B(t) under the event part (none = 0, as in version 1). */
  readonly baseline?: BaselineSpec;
  /**
   * Method version 2: expected days between reviews. Past it the indicator is stale (decay pauses until it is looked at again),
   * past three intervals unmonitored (left out of the composite). None = always fresh (version 1).
   */
  readonly reviewIntervalDays?: number;
  /** Method version 2: days an event of status `unknown` is held at full impact before it decays. */
  readonly unknownHoldDays?: number;
}
