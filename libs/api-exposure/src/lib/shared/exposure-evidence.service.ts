import {
  EventEntity,
  IndicatorEntity,
  IndicatorReviewEntity,
  ObservationEntity,
  WeightProfileEntity,
  WeightProfileVersionEntity,
} from '@kem/api-data';
import { InvalidInputError } from '@kem/api-http';
import { Injectable } from '@nestjs/common';
import {
  METHOD_V2,
  ScoringParameterError,
  type AggregationOptions,
  type Evidence,
  type IndicatorCategory,
  type IndicatorDefinition,
  type StructuralObservation,
} from '@kem/scoring';
import { DataSource } from 'typeorm';

/** First day scored: the curated evidence starts in 2014 (as the published index). */
export const EXPOSURE_HISTORY_START = '2014-01-01';

/** What the company index, projections and replays are computed from: read-only, never written. */
export interface ExposureInputs {
  definitions: IndicatorDefinition[];
  evidence: Evidence;
  /** The default profile's active weights (every indicator, default weight where a key is missing). */
  weights: Record<string, number>;
  aggregation: AggregationOptions;
  names: Record<string, string>;
}

/**
 * Loads the evidence (published events with lifecycle, family and recorded day; structural series;
 * reviews) and the default profile's weights, for scoring by method version 2 in this library.
 * Reads the tables through @kem/api-data; writes nothing.
 */
@Injectable()
export class ExposureEvidence {
  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<ExposureInputs> {
    const m = this.dataSource.manager;
    const rows = await m.find(IndicatorEntity, { order: { position: 'ASC', key: 'ASC' } });
    const definitions = rows.map((row): IndicatorDefinition => {
      const v2 = METHOD_V2.indicators.find((d) => d.key === row.key);
      const base = {
        key: row.key,
        name: row.name,
        category: row.category as IndicatorCategory,
        description: row.description,
        defaultWeight: row.defaultWeight,
      };
      return v2 ? { ...v2, ...base } : { ...base, method: row.method };
    });
    const known = new Set(definitions.map((d) => d.key));
    const events = await m.find(EventEntity, {
      select: {
        id: true,
        indicatorKey: true,
        date: true,
        endDate: true,
        severity: true,
        stage: true,
        lifecycle: true,
        parentId: true,
        recordedAt: true,
      },
      where: { status: 'published' },
    });
    const baselineSeries = new Set(definitions.flatMap((d) => d.baseline?.components.map((c) => c.series) ?? []));
    const metricSeries = new Map(
      definitions
        .filter((d) => d.method.kind === 'metric')
        .map((d) => [d.key, d.method.kind === 'metric' ? (d.method.series ?? d.key) : d.key]),
    );
    const observations = await m.find(ObservationEntity, {
      select: { indicatorKey: true, series: true, date: true, value: true, period: true, recordedAt: true },
    });
    const structural: StructuralObservation[] = observations
      .filter((o) => baselineSeries.has(o.series))
      .map((o) => ({ series: o.series, period: o.period ?? o.date.slice(0, 4), value: o.value, recordedAt: o.recordedAt }));
    const reviews = await m.find(IndicatorReviewEntity, { select: { indicatorKey: true, reviewedOn: true, recordedAt: true } });
    const evidence: Evidence = {
      events: events
        .filter((e) => known.has(e.indicatorKey))
        .map((e) => ({
          id: e.id,
          indicatorKey: e.indicatorKey,
          date: e.date,
          endDate: e.endDate,
          severity: e.severity,
          stage: e.stage,
          status: e.lifecycle,
          parentId: e.parentId,
          recordedAt: e.recordedAt,
        })),
      observations: observations
        .filter((o) => metricSeries.get(o.indicatorKey) === o.series)
        .map((o) => ({ indicatorKey: o.indicatorKey, date: o.date, value: o.value, recordedAt: o.recordedAt })),
      reviews: reviews
        .filter((r) => known.has(r.indicatorKey))
        .map((r) => ({ indicatorKey: r.indicatorKey, date: r.reviewedOn, recordedAt: r.recordedAt })),
      structural,
    };
    const profile = await m.findOneBy(WeightProfileEntity, { slug: 'default' });
    const version = profile?.activeVersionId ? await m.findOneBy(WeightProfileVersionEntity, { id: profile.activeVersionId }) : null;
    const weights = Object.fromEntries(definitions.map((d) => [d.key, version?.weights[d.key] ?? d.defaultWeight]));
    return {
      definitions,
      evidence,
      weights,
      aggregation: { aggregation: version?.method ?? METHOD_V2.aggregation, peakChannel: METHOD_V2.peakChannel },
      names: Object.fromEntries(definitions.map((d) => [d.key, d.name])),
    };
  }
}

/** A scoring-engine parameter error as a 400 naming the request field (events[0].start → events.0.start). */
export function asInputError(error: unknown, prefix = ''): unknown {
  if (!(error instanceof ScoringParameterError)) return error;
  const field = `${prefix}${error.parameter.replace(/\[(\d+)\]/g, '.$1')}`;
  return InvalidInputError.field(field, `${field} ${error.reason}`);
}
