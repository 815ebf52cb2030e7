import { WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { HISTORY_START, loadEvidence } from '@kem/api-index';
import { InvalidInputError } from '@kem/api-http';
import { Injectable } from '@nestjs/common';
import {
  alignWeights,
  defaultWeights,
  METHOD_V2,
  ScoringParameterError,
  type AggregationOptions,
  type Evidence,
  type IndicatorDefinition,
} from '@kem/scoring';
import { DataSource } from 'typeorm';

/** First day scored: the curated evidence starts in 2014 (as the published index). */
export const EXPOSURE_HISTORY_START = HISTORY_START;

/** What the company index, projections and replays are computed from: read-only, never written. */
export interface ExposureInputs {
  definitions: IndicatorDefinition[];
  evidence: Evidence;
  /** The default profile's active weights, aligned as the published index aligns them (the definitions' defaults before any profile exists). */
  weights: Record<string, number>;
  aggregation: AggregationOptions;
  names: Record<string, string>;
}

/**
 * Loads the evidence of method version 2 as the published index reads it (api-index's
 * `loadEvidence`: events with lifecycle, family and recorded day, structural series, analyst and
 * curation reviews) and the default profile's weights. Writes nothing.
 */
@Injectable()
export class ExposureEvidence {
  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<ExposureInputs> {
    const m = this.dataSource.manager;
    // The same evidence, definitions and curation reviews the published index is built from.
    const snapshot = await loadEvidence(m);
    const definitions = snapshot.definitions[2];
    const evidence = snapshot.evidence[2];
    const profile = await m.findOneBy(WeightProfileEntity, { slug: 'default' });
    const version = profile?.activeVersionId ? await m.findOneBy(WeightProfileVersionEntity, { id: profile.activeVersionId }) : null;
    const weights = version ? alignWeights(version.weights, definitions) : defaultWeights(definitions);
    return {
      definitions,
      evidence,
      weights,
      aggregation: { aggregation: version?.method ?? METHOD_V2.aggregation, peakChannel: version?.peakChannel ?? METHOD_V2.peakChannel },
      names: { ...snapshot.names },
    };
  }
}

/** A scoring-engine parameter error as a 400 naming the request field (events[0].start → events.0.start). */
export function asInputError(error: unknown, prefix = ''): unknown {
  if (!(error instanceof ScoringParameterError)) return error;
  const field = `${prefix}${error.parameter.replace(/\[(\d+)\]/g, '.$1')}`;
  return InvalidInputError.field(field, `${field} ${error.reason}`);
}
