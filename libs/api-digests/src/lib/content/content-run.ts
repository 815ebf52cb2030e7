import { ConnectorRunEntity, IndicatorEntity, WeightProfileEntity } from '@kem/api-data';
import { freshnessView, IndexFrames, indicatorScores, noValueReason } from '@kem/api-index';
import { Logger } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { DigestFreshness, IndexSummary } from './email-model';
import { renderIndexChart } from './index-chart';
import { IndexFacts, summariseIndex } from './index-summary';
import { loadRecentEvents, RecentEvent } from './recent-events';
import { CHART_DAYS, loadServedProfile, ServedProfile, shiftDay } from './served-profile';

/**
 * What the e-mails of one run share, loaded once and reused for every recipient: indicator names,
 * recent events, each profile's served index, its summary per window and its chart — the chart is
 * drawn once per profile per run, never per recipient.
 */
export class ContentRun {
  private readonly logger = new Logger(ContentRun.name);
  private names?: Promise<Map<string, string>>;
  private slugs?: Promise<Map<number, string>>;
  private events?: Promise<RecentEvent[]>;
  private readonly profiles = new Map<string, Promise<ServedProfile>>();
  private readonly summaries = new Map<string, Promise<IndexSummary>>();
  private readonly charts = new Map<string, Promise<Buffer | null>>();
  /** How many charts this run drew (the benchmark checks it stays one per profile). */
  chartsDrawn = 0;

  private facts?: Promise<IndexFacts>;
  private failed?: Promise<number>;

  constructor(
    readonly now: Date,
    private readonly dataSource: DataSource,
    /** Scores and freshness (method 2); without it e-mails show no freshness section. */
    private readonly frames: IndexFrames | null = null,
  ) {}

  /**
   * Freshness of every indicator today ("no new evidence for N days", stale and unmonitored ones,
   * coverage) and the scores behind the due-diligence actions, from the evidence as it stands.
   */
  indexFacts(): Promise<IndexFacts> {
    this.facts ??= (async (): Promise<IndexFacts> => {
      if (!this.frames) return { scores: {}, freshness: null, noValueReason: null };
      const frame = await this.frames.live(this.today);
      const names = await this.indicatorNames();
      const f = freshnessView(frame, 0);
      const freshness: DigestFreshness = {
        summary: f.summary,
        noNewEvidenceDays: f.daysSinceNewEvidence,
        lastNewEvidence: f.lastNewEvidence,
        coverage: `${f.coverage.covered} of ${f.coverage.total} indicators in the index`,
        notFresh: f.indicators
          .filter((i) => i.state !== 'fresh')
          .map((i) => ({
            name: names.get(i.indicatorKey) ?? i.indicatorKey,
            state: i.state as 'stale' | 'unmonitored',
            daysSinceEvidence: i.daysSinceEvidence,
          })),
      };
      const scores: Record<string, number> = {};
      for (const s of indicatorScores(frame, 0)) if (s.score !== null && s.contribution !== null) scores[s.indicatorKey] = s.score;
      return { scores, freshness, noValueReason: noValueReason(frame, 0) };
    })();
    return this.facts;
  }

  /** Failed or partial connector syncs in the last 7 days (shown in admins' digests). */
  failedSyncs(): Promise<number> {
    this.failed ??= this.dataSource
      .getRepository(ConnectorRunEntity)
      .count({ where: { status: In(['failed', 'partial']), startedAt: MoreThanOrEqual(new Date(this.now.getTime() - 7 * 86_400_000)) } });
    return this.failed;
  }

  get today(): string {
    return this.now.toISOString().slice(0, 10);
  }

  indicatorNames(): Promise<Map<string, string>> {
    this.names ??= this.dataSource
      .getRepository(IndicatorEntity)
      .find({ select: { key: true, name: true } })
      .then((rows) => new Map(rows.map((r) => [r.key, r.name])));
    return this.names;
  }

  /** Slug of a weight profile by id (archived ones included: their deliveries fail with a clear error). */
  async profileSlug(id: number): Promise<string> {
    this.slugs ??= this.dataSource
      .getRepository(WeightProfileEntity)
      .find({ select: { id: true, slug: true } })
      .then((rows) => new Map(rows.map((r) => [r.id, r.slug])));
    const slug = (await this.slugs).get(id);
    if (!slug) throw new Error(`Weight profile ${id} does not exist`);
    return slug;
  }

  recentEvents(): Promise<RecentEvent[]> {
    this.events ??= this.indicatorNames().then((names) => loadRecentEvents(this.dataSource, this.now, names));
    return this.events;
  }

  profile(slug: string): Promise<ServedProfile> {
    return this.memo(this.profiles, slug, () => loadServedProfile(this.dataSource, slug, this.today));
  }

  summary(slug: string, windowDays: number): Promise<IndexSummary> {
    return this.memo(this.summaries, `${slug}|${windowDays}`, async () =>
      summariseIndex(await this.profile(slug), windowDays, await this.indicatorNames(), await this.recentEvents(), await this.indexFacts()),
    );
  }

  /** The profile's last year as a PNG; null (and a warning) if it cannot be drawn — the e-mail goes out without it. */
  chart(slug: string): Promise<Buffer | null> {
    return this.memo(this.charts, slug, async () => {
      const profile = await this.profile(slug);
      const from = shiftDay(profile.latest.date, -CHART_DAYS);
      try {
        this.chartsDrawn++;
        return renderIndexChart(profile.points.filter((p) => p.date >= from));
      } catch (error) {
        this.logger.warn(`Chart of ${slug} could not be drawn: ${(error as Error).message}`);
        return null;
      }
    });
  }

  /** Caches the promise, a failure too: an index that is not served now will not be later in the same run. */
  private memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let hit = cache.get(key);
    if (!hit) {
      hit = load();
      cache.set(key, hit);
      hit.catch(() => undefined);
    }
    return hit;
  }
}
