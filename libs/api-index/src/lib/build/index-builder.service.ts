import { IndexBuildEntity, IndexPointEntity, WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { CLOCK, Clock } from '@kem/api-config';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  computeIndex,
  IndicatorDefinition,
  prepareEvidence,
  PreparedEvidence,
  ScoredHistory,
  scorePrepared,
  simulateIndexUncertainty,
  toIndexPoints,
  uncertaintyPoints,
} from '@kem/scoring';
import { DataSource, EntityManager, In } from 'typeorm';
import { evidenceRevision, HISTORY_START, loadEvidence } from './evidence-snapshot';
import { weightsFor } from './version-weights';

const INSERT_CHUNK = 250;
/** Monte Carlo settings of the stored 5–95 % band (weights Dirichlet-perturbed, severities ±1). */
const UNCERTAINTY = { draws: 500, seed: 20_140_101 };

interface Scored {
  definitions: IndicatorDefinition[];
  prepared: PreparedEvidence;
  history: ScoredHistory;
  range: { from: string; to: string };
}

/**
 * Materialises the index of profile versions: scores the evidence, aggregates with the version's
 * weights, adds the uncertainty band and replaces the version's points in one transaction, so
 * readers see the old history or the new one, never a mix. A version that finishes building becomes
 * its profile's served version if it is newer than the one served.
 */
@Injectable()
export class IndexBuilder {
  private readonly logger = new Logger(IndexBuilder.name);
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Rebuilds every version that is served or waiting to be served and is stale. Runs one refresh at a time. */
  refresh(): Promise<void> {
    this.queue = this.queue.then(() => this.refreshNow()).catch((error: Error) => this.logger.error(`Index refresh failed: ${error.stack ?? error.message}`));
    return this.queue;
  }

  /** Resolves when the refresh under way (if any) has finished. */
  settled(): Promise<void> {
    return this.queue;
  }

  private async refreshNow(): Promise<void> {
    const revision = await evidenceRevision(this.dataSource.manager);
    const day = this.clock.today();
    const stale: number[] = [];
    for (const versionId of await this.versionsToServe()) {
      const build = await this.dataSource.getRepository(IndexBuildEntity).findOneBy({ versionId });
      if (build?.status !== 'ready' || build.evidenceRevision !== revision || build.lastDay !== day) stale.push(versionId);
    }
    if (stale.length === 0) return;
    // Scores do not depend on weights: score the evidence once for every stale version.
    const snapshot = await loadEvidence(this.dataSource.manager);
    const range = { from: HISTORY_START, to: day };
    const prepared = prepareEvidence(snapshot.definitions, snapshot.evidence);
    const scored: Scored = { definitions: snapshot.definitions, prepared, history: scorePrepared(prepared, range), range };
    for (const versionId of stale) await this.build(versionId, scored, revision);
  }

  /** Active versions of live profiles, plus any newer version not yet activated. */
  private async versionsToServe(): Promise<number[]> {
    const profiles = await this.dataSource.getRepository(WeightProfileEntity).find({ where: { archived: false } });
    if (profiles.length === 0) return [];
    const versions = await this.dataSource.getRepository(WeightProfileVersionEntity).find({
      select: { id: true, profileId: true, number: true },
      where: { profileId: In(profiles.map((p) => p.id)) },
    });
    const ids = new Set<number>();
    for (const profile of profiles) {
      const own = versions.filter((v) => v.profileId === profile.id).sort((a, b) => b.number - a.number);
      if (profile.activeVersionId) ids.add(profile.activeVersionId);
      if (own[0] && own[0].id !== profile.activeVersionId) ids.add(own[0].id);
    }
    return [...ids];
  }

  private async build(versionId: number, scored: Scored, revision: string): Promise<void> {
    const builds = this.dataSource.getRepository(IndexBuildEntity);
    const started = Date.now();
    await builds.save({ versionId, status: 'building', progress: 0, error: null });
    try {
      const version = await this.dataSource.getRepository(WeightProfileVersionEntity).findOneByOrFail({ id: versionId });
      const { prepared, history, range } = scored;
      const lastDay = range.to;
      const weights = weightsFor(scored.definitions, version.weights);
      const index = computeIndex(history, weights, { aggregation: version.method });
      await builds.update({ versionId }, { progress: 0.3 });
      const band = uncertaintyPoints(simulateIndexUncertainty(prepared, range, weights, UNCERTAINTY, { aggregation: version.method }));
      const bandByDate = new Map(band.map((b) => [b.date, b]));
      await builds.update({ versionId }, { progress: 0.6 });
      const rows = toIndexPoints(index).map((p) => ({
        versionId,
        date: p.date,
        value: p.value,
        band: p.band,
        contributions: p.contributions,
        scores: p.scores,
        lower: bandByDate.get(p.date)?.p5 ?? null,
        upper: bandByDate.get(p.date)?.p95 ?? null,
      }));
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(IndexPointEntity, { versionId });
        for (let i = 0; i < rows.length; i += INSERT_CHUNK) await manager.insert(IndexPointEntity, rows.slice(i, i + INSERT_CHUNK));
        await manager.update(IndexBuildEntity, { versionId }, { status: 'ready', progress: 1, evidenceRevision: revision, lastDay, computedAt: this.clock.now() });
        await this.activateIfNewer(manager, version);
      });
      this.logger.log(`Index of profile version ${versionId}: ${rows.length} days built in ${Date.now() - started} ms`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await builds.update({ versionId }, { status: 'failed', error: message });
      throw error;
    }
  }

  private async activateIfNewer(manager: EntityManager, version: WeightProfileVersionEntity): Promise<void> {
    const profile = await manager.findOneByOrFail(WeightProfileEntity, { id: version.profileId });
    if (profile.activeVersionId === version.id) return;
    const active = profile.activeVersionId ? await manager.findOneBy(WeightProfileVersionEntity, { id: profile.activeVersionId }) : null;
    if (!active || active.number < version.number) await manager.update(WeightProfileEntity, { id: profile.id }, { activeVersionId: version.id });
  }
}
