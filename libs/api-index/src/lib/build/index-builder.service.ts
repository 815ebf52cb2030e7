import { IndexBuildEntity, IndexPointEntity, insertRows, WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { APP_CONFIG, AppConfig, CLOCK, Clock } from '@kem/api-config';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  alignWeights,
  classifyBand,
  computeIndex,
  formatDay,
  METHOD_V2,
  parseDay,
  prepareEvidence,
  prepareEvidenceV2,
  PreparedEvidenceV2,
  scorePrepared,
  scorePreparedV2,
  simulateIndexUncertaintiesV2,
  type AggregationOptions,
  type IndexUncertaintyV2,
  type ScoredHistoryV2,
} from '@kem/scoring';
import { DataSource, EntityManager, In } from 'typeorm';
import { evidenceRevision, EvidenceSnapshot, HISTORY_START, loadEvidence } from './evidence-snapshot';
import { fromHistory, ScoreStore, StoredScores } from './score-store';

/**
 * Monte Carlo settings of the stored 5–95 % band (method 2: weights Dirichlet-perturbed, family
 * severities ±1, saturation constants, λ, and stale indicators within their staleness spread).
 * 300 draws, shared by all claimed versions (~0.5 s for five versions over 13 years): the 5th and
 * 95th percentiles are then the 15th and 285th order statistics, stable to a few tenths of a point;
 * more draws cost build time for every version on every evidence change.
 */
export const UNCERTAINTY = { draws: 300, seed: 20_140_101 };
export const UNCERTAINTY_METHOD =
  'Monte Carlo, 300 draws (method 2): weights drawn from a Dirichlet distribution around the chosen weights, each event family’s severity shifted by ±1 with probability 2/3, saturation constants scaled by e^(0.25·z), the profile’s peak-channel λ within ±0.1, and each stale indicator moved within its staleness spread, each draw aggregated with the profile’s mean (arithmetic or geometric); the band spans the 5th to 95th percentile.';
/**
 * How long an instance's claim to build a version lasts; renewed at every step of the build. A
 * crashed builder's version is built by another instance after it (or by itself at once on restart).
 */
export const BUILD_LEASE_MS = 5 * 60_000;

/** The build lease of a version was taken over (the holder stalled past it): this instance's result is dropped. */
class BuildLeaseLostError extends Error {
  constructor(versionId: number) {
    super(`The build lease of profile version ${versionId} was taken over by another instance`);
  }
}

/** What one refresh scored: both methods' stored scores and the prepared v2 evidence (for the band). */
export interface Scored {
  snapshot: EvidenceSnapshot;
  prepared: PreparedEvidenceV2;
  v2: StoredScores;
  /** Method 2's full scores when this refresh scored them (the band's draws start from them), else null. */
  history: ScoredHistoryV2 | null;
  v1: StoredScores;
  range: { from: string; to: string };
}

/** A claimed version with what its build needs: aligned weights, aggregation and its band. */
interface BuildPlan {
  version: WeightProfileVersionEntity;
  weights: Record<string, number>;
  aggregation: AggregationOptions;
  band: IndexUncertaintyV2;
}

/**
 * Materialises the index of profile versions: scores the evidence, aggregates with the version's
 * weights, adds the uncertainty band and replaces the version's points in one transaction, so
 * readers see the old history or the new one, never a mix. A version that finishes building becomes
 * its profile's served version if it is newer than the one served.
 *
 * With several API instances on one database, a version is built by one of them: each build is
 * claimed with a lease on its `index_build` row (a conditional UPDATE that also checks the build is
 * still stale), renewed at every step, and the points are written only while the lease is still
 * this instance's. The others skip the version and serve the result once it is ready.
 */
@Injectable()
export class IndexBuilder implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(IndexBuilder.name);
  private queue: Promise<unknown> = Promise.resolve();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scores: ScoreStore,
  ) {}

  private get builds() {
    return this.dataSource.getRepository(IndexBuildEntity);
  }

  /** Builds this instance (same INSTANCE_ID) held when it last stopped are free to be built again at once. */
  async onModuleInit(): Promise<void> {
    await this.builds.update({ builder: this.config.instanceId }, { builder: null, leaseUntil: null });
  }

  /** Finishes the version being built, starts no other (their leases are handed back). */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  /**
   * Rebuilds every version that is served or waiting to be served and is stale, unless another
   * instance is building it. Runs one refresh at a time; resolves with the versions this instance built.
   */
  refresh(): Promise<number[]> {
    const result = this.queue
      .then(() => this.refreshNow())
      .catch((error: Error) => {
        this.logger.error(`Index refresh failed: ${error.stack ?? error.message}`);
        return [] as number[];
      });
    this.queue = result;
    return result;
  }

  /** Resolves when the refresh under way (if any) has finished. */
  async settled(): Promise<void> {
    await this.queue;
  }

  private async refreshNow(): Promise<number[]> {
    if (this.stopping) return [];
    const day = this.clock.today();
    const revision = await evidenceRevision(this.dataSource.manager, day);
    const claimed: number[] = [];
    for (const versionId of await this.versionsToServe()) {
      if (await this.claim(versionId, revision, day)) claimed.push(versionId);
    }
    if (claimed.length === 0) return [];
    const built: number[] = [];
    try {
      // Scores do not depend on weights: scored (or read) once per evidence revision, for every stale version.
      const scored = await this.score(revision, day);
      const plans = await this.plan(claimed, scored);
      for (const plan of plans) {
        if (this.stopping) break;
        if (await this.build(plan, scored, revision)) built.push(plan.version.id);
      }
    } finally {
      // Claimed but not built (shutdown, or an error): free for anyone at once.
      const left = claimed.filter((id) => !built.includes(id));
      if (left.length > 0)
        await this.builds.update({ versionId: In(left), builder: this.config.instanceId }, { builder: null, leaseUntil: null });
    }
    if (built.length > 0) await this.scores.prune(revision, BUILD_LEASE_MS);
    return built;
  }

  /**
   * Both methods' scores of the evidence as of `revision`, from 2014 to `day`: read from
   * indicator_score when this or another instance stored them, else scored and stored once.
   */
  async score(revision: string, day: string): Promise<Scored> {
    const started = Date.now();
    const snapshot = await loadEvidence(this.dataSource.manager);
    const range = { from: HISTORY_START, to: day };
    const prepared = prepareEvidenceV2(snapshot.definitions[2], snapshot.evidence[2]);
    let v2 = await this.scores.get(2, revision);
    let history: ScoredHistoryV2 | null = null;
    if (!v2) {
      history = scorePreparedV2(prepared, range, { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined });
      v2 = fromHistory(2, revision, history);
      await this.scores.save(v2);
    }
    let v1 = await this.scores.get(1, revision);
    if (!v1) {
      v1 = fromHistory(1, revision, scorePrepared(prepareEvidence(snapshot.definitions[1], snapshot.evidence[1]), range));
      await this.scores.save(v1);
    }
    this.logger.log(
      `Scores of evidence revision ${revision.slice(0, 8)} (methods 1 and 2, ${v2.days} days) ready in ${Date.now() - started} ms`,
    );
    return { snapshot, prepared, v2, history, v1, range };
  }

  /**
   * Takes the build of `versionId` if it is stale (not ready for this evidence revision and day)
   * and nobody holds an unexpired lease on it. Exactly one instance's UPDATE matches.
   */
  private async claim(versionId: number, revision: string, day: string): Promise<boolean> {
    const now = this.clock.now();
    await this.builds
      .createQueryBuilder()
      .insert()
      .into(IndexBuildEntity)
      .values({ versionId, status: 'building', progress: 0 })
      .orIgnore()
      .updateEntity(false)
      .execute();
    const result = await this.builds
      .createQueryBuilder()
      .update()
      .set({
        builder: this.config.instanceId,
        leaseUntil: new Date(now.getTime() + BUILD_LEASE_MS),
        status: 'building',
        progress: 0,
        error: null,
      })
      .where('version_id = :versionId', { versionId })
      .andWhere('(lease_until IS NULL OR lease_until < :now)', { now })
      .andWhere(
        "(status <> 'ready' OR evidence_revision IS NULL OR evidence_revision <> :revision OR last_day IS NULL OR last_day <> :day)",
        { revision, day },
      )
      .execute();
    return result.affected === 1;
  }

  /** Records progress and renews the lease, if still this instance's. */
  private async progress(versionId: number, progress: number): Promise<void> {
    const leaseUntil = new Date(this.clock.now().getTime() + BUILD_LEASE_MS);
    const result = await this.builds.update({ versionId, builder: this.config.instanceId }, { progress, leaseUntil });
    if (result.affected !== 1) throw new BuildLeaseLostError(versionId);
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

  /**
   * The claimed versions with their weights and 5–95 % bands. The Monte Carlo draws the indicator
   * scores once for all of them (they do not depend on the profile); a failure fails every claimed version.
   */
  private async plan(claimed: number[], scored: Scored): Promise<BuildPlan[]> {
    try {
      const versions = await this.dataSource.getRepository(WeightProfileVersionEntity).findBy({ id: In(claimed) });
      const profiles = versions.map((version) => ({
        weights: alignWeights(version.weights, scored.snapshot.definitions[2]),
        aggregation: { aggregation: version.method, peakChannel: version.peakChannel },
      }));
      for (const version of versions) await this.progress(version.id, 0.3);
      const bands = simulateIndexUncertaintiesV2(
        scored.prepared,
        scored.range,
        profiles,
        UNCERTAINTY,
        { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined },
        scored.history ?? undefined,
      );
      return versions.map((version, i) => ({ version, ...profiles[i], band: bands[i] }));
    } catch (error) {
      if (error instanceof BuildLeaseLostError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      await this.builds.update(
        { versionId: In(claimed), builder: this.config.instanceId },
        { status: 'failed', error: message, builder: null, leaseUntil: null },
      );
      throw error;
    }
  }

  /** Builds one claimed version; false if its lease was taken over meanwhile (nothing written). */
  private async build(plan: BuildPlan, scored: Scored, revision: string): Promise<boolean> {
    const builds = this.builds;
    const started = Date.now();
    const { version, weights, aggregation, band } = plan;
    const versionId = version.id;
    try {
      const lastDay = scored.range.to;
      const index = computeIndex(scored.v2.history, weights, aggregation);
      await this.progress(versionId, 0.6);
      const fromDay = parseDay(index.from);
      const finite = (x: number) => (Number.isFinite(x) ? x : null);
      const rows = Array.from({ length: index.days }, (_, t) => {
        const value = finite(index.values[t]);
        const contributions: Record<string, number> = {};
        if (value !== null)
          index.keys.forEach((key, i) => Number.isNaN(index.contributions[i][t]) || (contributions[key] = index.contributions[i][t]));
        return {
          versionId,
          date: formatDay(fromDay + t),
          value,
          band: value === null ? null : (classifyBand(value)?.key ?? null),
          contributions,
          lower: value === null ? null : finite(band.p5[t]),
          upper: value === null ? null : finite(band.p95[t]),
        };
      });
      await this.dataSource.transaction(async (manager) => {
        // First, and only while the lease is still ours: it also locks the row against another builder's write.
        const done = await manager.update(
          IndexBuildEntity,
          { versionId, builder: this.config.instanceId },
          {
            status: 'ready',
            progress: 1,
            evidenceRevision: revision,
            lastDay,
            computedAt: this.clock.now(),
            builder: null,
            leaseUntil: null,
          },
        );
        if (done.affected !== 1) throw new BuildLeaseLostError(versionId);
        await manager.delete(IndexPointEntity, { versionId });
        // In bulk: TypeORM's insert builder spends as long naming parameters as the database storing
        // the rows (the ids insertRows returns mean nothing for this table's composite key).
        await insertRows(manager, IndexPointEntity, rows);
        await this.activateIfNewer(manager, version);
      });
      this.logger.log(`Index of profile version ${versionId}: ${rows.length} days built in ${Date.now() - started} ms`);
      return true;
    } catch (error) {
      if (error instanceof BuildLeaseLostError) {
        this.logger.warn(`${error.message}; its build is left to that instance`);
        return false;
      }
      const message = error instanceof Error ? error.message : String(error);
      await builds.update(
        { versionId, builder: this.config.instanceId },
        { status: 'failed', error: message, builder: null, leaseUntil: null },
      );
      throw error;
    }
  }

  private async activateIfNewer(manager: EntityManager, version: WeightProfileVersionEntity): Promise<void> {
    const profile = await manager.findOneByOrFail(WeightProfileEntity, { id: version.profileId });
    if (profile.activeVersionId === version.id) return;
    const active = profile.activeVersionId ? await manager.findOneBy(WeightProfileVersionEntity, { id: profile.activeVersionId }) : null;
    if (!active || active.number < version.number)
      await manager.update(WeightProfileEntity, { id: profile.id }, { activeVersionId: version.id });
  }
}
