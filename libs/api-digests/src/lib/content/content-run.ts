import { IndicatorEntity, WeightProfileEntity } from '@kem/api-data';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IndexSummary } from './email-model';
import { renderIndexChart } from './index-chart';
import { summariseIndex } from './index-summary';
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

  constructor(
    readonly now: Date,
    private readonly dataSource: DataSource,
  ) {}

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
      summariseIndex(await this.profile(slug), windowDays, await this.indicatorNames(), await this.recentEvents()),
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
