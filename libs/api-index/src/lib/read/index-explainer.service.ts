import { EventEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { InvalidInputError } from '@kem/api-http';
import { DriverEvidenceView, IndexExplanationView, ProfileRef } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { computeIndex, explainIndexChange, prepareEvidence, scorePrepared } from '@kem/scoring';
import { DataSource, In } from 'typeorm';
import { HISTORY_START, loadEvidence } from '../build/evidence-snapshot';
import { weightsFor } from '../build/version-weights';

const DRIVERS_PER_INDICATOR = 5;

/**
 * "What changed and why" between two days: the exact attribution of the index change to indicators,
 * then to the events and observations behind each, computed from the current evidence on request.
 */
@Injectable()
export class IndexExplainer {
  constructor(private readonly dataSource: DataSource) {}

  async explain(profile: ProfileRef, version: WeightProfileVersionEntity, from: string, to: string): Promise<IndexExplanationView> {
    if (from > to) throw InvalidInputError.field('to', `must not be before from (${from})`);
    if (from < HISTORY_START) throw InvalidInputError.field('from', `must not be before ${HISTORY_START}`);
    const snapshot = await loadEvidence(this.dataSource.manager);
    const prepared = prepareEvidence(snapshot.definitions, snapshot.evidence);
    const index = computeIndex(scorePrepared(prepared, { from, to }), weightsFor(snapshot.definitions, version.weights), {
      aggregation: version.method,
    });
    if (Number.isNaN(index.values[0]) || Number.isNaN(index.values[index.days - 1])) {
      throw InvalidInputError.field('from', 'the index has no value on one of the two days');
    }
    const explanation = explainIndexChange(prepared, index, from, to, { limit: DRIVERS_PER_INDICATOR });
    const ids = explanation.indicators.flatMap((i) => i.drivers.map((d) => d.eventId)).filter((id): id is number => typeof id === 'number');
    const events: Record<string, DriverEvidenceView> = {};
    if (ids.length > 0) {
      const rows = await this.dataSource.getRepository(EventEntity).find({ select: { id: true, title: true, sourceName: true, sourceUrl: true }, where: { id: In(ids) } });
      for (const row of rows) events[row.id] = { title: row.title, sourceName: row.sourceName, sourceUrl: row.sourceUrl };
    }
    return { ...explanation, profile, events };
  }
}
