import { IndexPointEntity } from '@kem/api-data';
import { DomainError, InvalidInputError } from '@kem/api-http';
import { MethodVersionView } from '@kem/contracts';
import { Injectable, Logger } from '@nestjs/common';
import {
  alignWeights,
  computeIndex,
  METHOD_V2,
  prepareEvidenceV2,
  scorePreparedV2,
  type AggregationOptions,
  type PreparedEvidenceV2,
} from '@kem/scoring';
import { Between, DataSource } from 'typeorm';
import { EvidenceSnapshot, HISTORY_START, loadEvidence } from '../build/evidence-snapshot';
import { fromHistory, ScoreStore } from '../build/score-store';
import { LruCache } from '../lru-cache';
import type { IndexFrame } from './freshness-views';
import { IndexNotReadyError, ServedVersion } from './served-index';

/** Too many point-in-time computations at once: try again shortly (429). */
export class TooBusyError extends DomainError {
  readonly status = 429;
}

/** Frames kept in memory (each ~1 MB for 13 years × 8 indicators). */
const FRAME_CACHE = 24;
/** Point-in-time computations anonymous callers may start per minute (cached answers are free). */
export const ANONYMOUS_AS_OF_PER_MINUTE = 12;
/** At most this many point-in-time computations wait at once; more get 429. */
const MAX_WAITING = 4;

/**
 * The index of a profile version as views need it: the stored scores of the served build's
 * evidence revision (method 1 or 2) aggregated with the version's weights — re-weighting costs a
 * few milliseconds — or, for `asOf`, the evidence as known on that day scored on demand (bounded:
 * one computation at a time, a few waiting, a per-minute budget for anonymous callers, and cached).
 */
@Injectable()
export class IndexFrames {
  private readonly logger = new Logger(IndexFrames.name);
  private readonly frames = new LruCache<string, Promise<IndexFrame>>(FRAME_CACHE);
  private snapshot: { revision: string; value: Promise<EvidenceSnapshot> } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private anonymousWindow = { start: 0, used: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly scores: ScoreStore,
  ) {}

  /** The evidence behind the served build (loaded once per revision). */
  evidence(revision: string): Promise<EvidenceSnapshot> {
    if (this.snapshot?.revision !== revision) {
      const value = loadEvidence(this.dataSource.manager);
      value.catch(() => (this.snapshot = null));
      this.snapshot = { revision, value };
    }
    return this.snapshot.value;
  }

  /** The frame cached under `key`, or `make()`'s, cached unless it fails. */
  private cached(key: string, make: () => Promise<IndexFrame>): Promise<IndexFrame> {
    return this.frames.getOrSet(key, () => {
      const value = make();
      value.catch(() => this.frames.delete(key));
      return value;
    });
  }

  static aggregation(served: ServedVersion, method: MethodVersionView): AggregationOptions {
    return { aggregation: served.version.method, peakChannel: method === 2 ? served.version.peakChannel : 0 };
  }

  /** The frame of the served version under `method`, as known today or on `asOf`. */
  async frame(served: ServedVersion, method: MethodVersionView = 2, asOf: string | null = null, anonymous = false): Promise<IndexFrame> {
    const revision = served.build.evidenceRevision;
    if (!revision || !served.build.lastDay)
      throw new IndexNotReadyError(`The index of "${served.profile.name}" is being computed; try again in a few seconds`);
    if (asOf !== null && method !== 2)
      throw InvalidInputError.field('asOf', 'point in time is served for method 2 only (method 1 has no recorded days)');
    if (asOf !== null && asOf >= served.build.lastDay) asOf = null; // as known today
    const key = `${served.version.id}|${revision}|${method}|${asOf ?? ''}`;
    if (asOf === null) {
      return this.cached(key, async () => {
        const stored = await this.scores.get(method, revision);
        if (!stored) throw new IndexNotReadyError(`The scores of "${served.profile.name}" are being computed; try again in a few seconds`);
        const snapshot = await this.evidence(revision);
        const definitions = snapshot.definitions[method];
        const index = computeIndex(
          stored.history,
          alignWeights(served.version.weights, definitions),
          IndexFrames.aggregation(served, method),
        );
        return { method, asOf: null, scores: stored, index, definitions, touches: snapshot.touches };
      });
    }
    const hit = this.frames.get(key);
    if (hit) return hit;
    this.admit(anonymous);
    return this.cached(key, () => this.serially(() => this.pointInTime(served, revision, asOf as string)));
  }

  /** The prepared v2 evidence as known on `asOf` (null = today), for explanations. */
  async prepared(served: ServedVersion, asOf: string | null = null): Promise<PreparedEvidenceV2> {
    const snapshot = await this.evidence(served.build.evidenceRevision ?? '');
    return prepareEvidenceV2(snapshot.definitions[2], snapshot.evidence[2], { asOf });
  }

  private admit(anonymous: boolean): void {
    if (this.waiting >= MAX_WAITING) throw new TooBusyError('Too many point-in-time requests at once; try again in a few seconds');
    if (!anonymous) return;
    const now = Date.now();
    if (now - this.anonymousWindow.start > 60_000) this.anonymousWindow = { start: now, used: 0 };
    if (this.anonymousWindow.used >= ANONYMOUS_AS_OF_PER_MINUTE) {
      throw new TooBusyError('Point-in-time requests are rate-limited for anonymous callers; sign in or try again in a minute');
    }
    this.anonymousWindow.used++;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.queue.then(work).finally(() => this.waiting--);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async pointInTime(served: ServedVersion, revision: string, asOf: string): Promise<IndexFrame> {
    const started = Date.now();
    const snapshot = await this.evidence(revision);
    const definitions = snapshot.definitions[2];
    const prepared = prepareEvidenceV2(definitions, { ...snapshot.evidence[2], structural: snapshot.structuralAsKnown }, { asOf });
    const history = scorePreparedV2(
      prepared,
      { from: HISTORY_START, to: asOf },
      { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined },
    );
    const stored = fromHistory(2, `asof:${asOf}`, history);
    const index = computeIndex(stored.history, alignWeights(served.version.weights, definitions), IndexFrames.aggregation(served, 2));
    this.logger.debug(`Index as known on ${asOf} computed in ${Date.now() - started} ms`);
    return { method: 2, asOf, scores: stored, index, definitions, touches: snapshot.touches };
  }

  /**
   * Freshness as of now on `day` from the evidence in the database (not the last build): one day
   * scored with the default weights, for reviews and the evidence-health view.
   */
  async live(day: string): Promise<IndexFrame> {
    const snapshot = await loadEvidence(this.dataSource.manager);
    const definitions = snapshot.definitions[2];
    const prepared = prepareEvidenceV2(definitions, snapshot.evidence[2]);
    const history = scorePreparedV2(prepared, { from: day, to: day }, { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined });
    const stored = fromHistory(2, `live:${day}`, history);
    const weights = Object.fromEntries(definitions.map((d) => [d.key, d.defaultWeight]));
    const index = computeIndex(stored.history, weights, { peakChannel: METHOD_V2.peakChannel });
    return { method: 2, asOf: null, scores: stored, index, definitions, touches: snapshot.touches };
  }

  /** The materialised 5–95 % band of the served version (method 2, as known today). */
  async band(served: ServedVersion, from: string, to: string): Promise<Map<string, { lower: number | null; upper: number | null }>> {
    const rows = await this.dataSource.getRepository(IndexPointEntity).find({
      select: { date: true, lower: true, upper: true },
      where: { versionId: served.version.id, date: Between(from, to) },
    });
    return new Map(rows.map((r) => [r.date, { lower: r.lower, upper: r.upper }]));
  }
}
