import { IndexBuildEntity, IndicatorScoreEntity } from '@kem/api-data';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  UNMONITORED,
  type DaySpan,
  type IndicatorSeriesV2,
  type MethodVersion,
  type ScoredHistory,
  type ScoredHistoryV2,
} from '@kem/scoring';
import { DataSource, In, LessThan, Not } from 'typeorm';
import { LruCache } from '../lru-cache';

/**
 * Every indicator's daily scores of one method version under one evidence revision, as stored in
 * `indicator_score` — the one copy that every profile version, the weights preview and the
 * indicator series use.
 */
export interface StoredScores extends DaySpan {
  readonly method: MethodVersion;
  readonly revision: string;
  readonly keys: readonly string[];
  /** Display score s_i(t) (method 2: also on unmonitored days); NaN without data. */
  readonly score: readonly Float64Array[];
  /** Method 2 only (else null). */
  readonly v2: {
    readonly baseline: readonly Float64Array[];
    readonly freshness: readonly Uint8Array[];
    readonly spread: readonly Float32Array[];
    readonly age: readonly Int32Array[];
    readonly flags: readonly Uint8Array[];
  } | null;
  /** What the composite uses: the score, NaN where unmonitored (method 2) or without data. */
  readonly history: ScoredHistory;
}

export const FLAG_STALE_VINTAGE = 1;
export const FLAG_UNKNOWN_LAPSED = 2;

const encode = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function decode<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

function withHistory(set: Omit<StoredScores, 'history' | 'to'>): StoredScores {
  const series = set.keys.map((key, i) => {
    const score = set.score[i];
    const state = set.v2?.freshness[i];
    let values = score;
    if (state) {
      values = new Float64Array(score.length);
      for (let t = 0; t < score.length; t++) values[t] = state[t] === UNMONITORED ? Number.NaN : score[t];
    }
    return { key, from: set.from, values };
  });
  const to = addDays(set.from, set.days - 1);
  return { ...set, to, history: { from: set.from, to, days: set.days, series } };
}

/** Stored scores from a freshly scored history (method 1 or 2). */
export function fromHistory(method: MethodVersion, revision: string, history: ScoredHistory | ScoredHistoryV2): StoredScores {
  const set = { method, revision, from: history.from, days: history.days, keys: history.series.map((s) => s.key) };
  if (method === 1) return withHistory({ ...set, score: history.series.map((s) => s.values), v2: null });
  const series = history.series as readonly IndicatorSeriesV2[];
  return withHistory({
    ...set,
    score: series.map((s) => s.score),
    v2: {
      baseline: series.map((s) => s.baseline),
      freshness: series.map((s) => s.freshness),
      spread: series.map((s) => Float32Array.from(s.spread)),
      age: series.map((s) => s.daysSinceTouch),
      flags: series.map((s) => {
        const flags = new Uint8Array(history.days);
        for (let t = 0; t < history.days; t++)
          flags[t] = (s.staleVintage[t] ? FLAG_STALE_VINTAGE : 0) | (s.unknownLapsed[t] ? FLAG_UNKNOWN_LAPSED : 0);
        return flags;
      }),
    },
  });
}

const CACHED_SETS = 6;

/** Reads and writes stored scores; keeps the last few decoded sets in memory (they are immutable). */
@Injectable()
export class ScoreStore {
  private readonly cache = new LruCache<string, StoredScores>(CACHED_SETS);

  constructor(private readonly dataSource: DataSource) {}

  private remember(set: StoredScores): StoredScores {
    this.cache.set(`${set.method}|${set.revision}`, set);
    return set;
  }

  async get(method: MethodVersion, revision: string): Promise<StoredScores | null> {
    const hit = this.cache.get(`${method}|${revision}`);
    if (hit) return hit;
    const rows = await this.dataSource.getRepository(IndicatorScoreEntity).find({ where: { methodVersion: method, revision } });
    if (rows.length === 0) return null;
    const order = (await this.dataSource.query('SELECT key FROM indicator ORDER BY position, key')) as { key: string }[];
    const rank = new Map(order.map((r, i) => [r.key, i]));
    rows.sort(
      (a, b) => (rank.get(a.indicatorKey) ?? 1e9) - (rank.get(b.indicatorKey) ?? 1e9) || a.indicatorKey.localeCompare(b.indicatorKey),
    );
    const v2 = method === 2;
    return this.remember(
      withHistory({
        method,
        revision,
        from: rows[0].fromDay,
        days: rows[0].days,
        keys: rows.map((r) => r.indicatorKey),
        score: rows.map((r) => decode(r.score, (b) => new Float64Array(b))),
        v2: v2
          ? {
              baseline: rows.map((r) => decode(r.baseline ?? '', (b) => new Float64Array(b))),
              freshness: rows.map((r) => decode(r.freshness ?? '', (b) => new Uint8Array(b))),
              spread: rows.map((r) => decode(r.spread ?? '', (b) => new Float32Array(b))),
              age: rows.map((r) => decode(r.age ?? '', (b) => new Int32Array(b))),
              flags: rows.map((r) => decode(r.flags ?? '', (b) => new Uint8Array(b))),
            }
          : null,
      }),
    );
  }

  /** Stores a set unless another instance stored the same one first (identical by construction). */
  async save(set: StoredScores): Promise<void> {
    const rows = set.keys.map((key, i) => ({
      methodVersion: set.method,
      revision: set.revision,
      indicatorKey: key,
      fromDay: set.from,
      days: set.days,
      score: encode(set.score[i]),
      baseline: set.v2 ? encode(set.v2.baseline[i]) : null,
      freshness: set.v2 ? encode(set.v2.freshness[i]) : null,
      spread: set.v2 ? encode(set.v2.spread[i]) : null,
      age: set.v2 ? encode(set.v2.age[i]) : null,
      flags: set.v2 ? encode(set.v2.flags[i]) : null,
    }));
    if (rows.length > 0) {
      await this.dataSource
        .getRepository(IndicatorScoreEntity)
        .createQueryBuilder()
        .insert()
        .values(rows)
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
    this.remember(set);
  }

  /**
   * Deletes score sets no build refers to, except `keep` (the revision just scored) and sets stored
   * in the last `graceMs` (another instance may be building from one it has just stored). The grace
   * is measured in wall-clock time, as the database stamps `computed_at`, not in domain time.
   */
  async prune(keep: string, graceMs: number): Promise<void> {
    const builds = await this.dataSource.getRepository(IndexBuildEntity).find({ select: { evidenceRevision: true } });
    const used = [...new Set([keep, ...builds.map((b) => b.evidenceRevision).filter((r): r is string => r !== null)])];
    await this.dataSource
      .getRepository(IndicatorScoreEntity)
      .delete({ revision: Not(In(used)), computedAt: LessThan(new Date(Date.now() - graceMs)) });
  }
}
