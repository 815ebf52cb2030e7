import { ConnectorRunEntity, FootprintEntity, IndicatorEntity, WeightProfileEntity } from '@kem/api-data';
import { footprintAnswers } from '@kem/api-exposure';
import { companyFrame, IndexNotReadyError, IndexReader, type ActionRanker, type IndexFrame } from '@kem/api-index';
import { Logger } from '@nestjs/common';
import { addDays, daysBefore } from '@kem/scoring';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { IndexSummary } from './email-model';
import { renderIndexChart } from './index-chart';
import { summariseIndex } from './index-summary';
import { loadRecentEvents, RecentEvent } from './recent-events';

/** The profile is archived or gone, or the footprint deleted: its e-mails cannot be made until the subscription changes. */
export class ProfileUnavailableError extends Error {}

/** A failure that goes away by itself (the index is being computed): the delivery is tried again later. */
export const isTransient = (error: unknown) => error instanceof IndexNotReadyError;

/** Which index an e-mail reports: a profile's country index, or the company index of a footprint. */
export interface IndexSubject {
  profileSlug: string;
  /** A company footprint (its index weights the profile's by the footprint's exposure); null: the country index. */
  footprintId?: number | null;
}

/** The frame an e-mail reads, and how it ranks the due-diligence actions. */
export interface DigestIndex {
  profileName: string;
  /** The country index on the same day, beside a company index. */
  country: IndexFrame;
  frame: IndexFrame;
  /** Set for a company index: the footprint's name, and the ranking of actions by its exposure. */
  company: { footprintName: string; actions: ActionRanker } | null;
}

/** Days of the chart. */
const CHART_DAYS = 365;
/** Connector syncs counted in admins' digests, in days back. */
const FAILED_SYNC_DAYS = 7;

/**
 * What the e-mails of one run share, loaded once and reused for every recipient: indicator names,
 * recent events, each index's frame (through api-index's reader, the dashboard's numbers), its
 * summary per window and its chart — drawn once per index per run, never per recipient.
 */
export class ContentRun {
  private readonly logger = new Logger(ContentRun.name);
  private names?: Promise<Map<string, string>>;
  private slugs?: Promise<Map<number, { slug: string; archived: boolean }>>;
  private events?: Promise<RecentEvent[]>;
  private readonly indices = new Map<string, Promise<DigestIndex>>();
  private readonly summaries = new Map<string, Promise<IndexSummary>>();
  private readonly charts = new Map<string, Promise<Buffer | null>>();
  /** How many charts this run drew (the benchmark checks it stays one per index). */
  chartsDrawn = 0;
  private failed?: Promise<number>;

  constructor(
    readonly now: Date,
    private readonly dataSource: DataSource,
    private readonly reader: IndexReader,
  ) {}

  /** Failed or partial connector syncs in the last 7 days (shown in admins' digests). */
  failedSyncs(): Promise<number> {
    this.failed ??= this.dataSource.getRepository(ConnectorRunEntity).count({
      where: {
        status: In(['failed', 'partial']),
        startedAt: MoreThanOrEqual(daysBefore(this.now, FAILED_SYNC_DAYS)),
      },
    });
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

  /** Slug of a weight profile by id; an archived or deleted profile fails the delivery for good, with a clear error. */
  async profileSlug(id: number): Promise<string> {
    this.slugs ??= this.dataSource
      .getRepository(WeightProfileEntity)
      .find({ select: { id: true, slug: true, archived: true } })
      .then((rows) => new Map(rows.map((r) => [r.id, { slug: r.slug, archived: r.archived }])));
    const profile = (await this.slugs).get(id);
    if (!profile || profile.archived)
      throw new ProfileUnavailableError(
        `Weight profile ${profile ? `"${profile.slug}"` : id} is archived or no longer exists; choose another profile for this subscription`,
      );
    return profile.slug;
  }

  recentEvents(): Promise<RecentEvent[]> {
    this.events ??= this.indicatorNames().then((names) => loadRecentEvents(this.dataSource, this.now, names));
    return this.events;
  }

  index(subject: IndexSubject): Promise<DigestIndex> {
    return this.memo(this.indices, keyOf(subject), async () => {
      const { served, frame } = await this.reader.frameFor(subject.profileSlug);
      const base = { profileName: served.profile.name, country: frame };
      if (subject.footprintId === null || subject.footprintId === undefined) return { ...base, frame, company: null };
      const footprint = await this.dataSource.getRepository(FootprintEntity).findOneBy({ id: subject.footprintId });
      if (!footprint) throw new ProfileUnavailableError(`Footprint ${subject.footprintId} no longer exists`);
      const company = companyFrame(frame, footprintAnswers(footprint), Object.fromEntries(await this.indicatorNames()));
      return { ...base, frame: company.frame, company: { footprintName: footprint.name, actions: company.actions } };
    });
  }

  summary(subject: IndexSubject, windowDays: number): Promise<IndexSummary> {
    return this.memo(this.summaries, `${keyOf(subject)}|${windowDays}`, async () =>
      summariseIndex(await this.index(subject), windowDays, await this.indicatorNames(), await this.recentEvents()),
    );
  }

  /** The index's last year as a PNG; null (and a warning) if it cannot be drawn — the e-mail goes out without it. */
  chart(subject: IndexSubject): Promise<Buffer | null> {
    return this.memo(this.charts, keyOf(subject), async () => {
      const { frame } = await this.index(subject);
      const values = frame.index.values;
      const first = Math.max(0, values.length - 1 - CHART_DAYS);
      const points = Array.from(values.subarray(first), (value, i) => ({
        date: addDays(frame.index.from, first + i),
        value: Number.isNaN(value) ? null : value,
      }));
      try {
        this.chartsDrawn++;
        return renderIndexChart(points);
      } catch (error) {
        this.logger.warn(`Chart of ${keyOf(subject)} could not be drawn: ${(error as Error).message}`);
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

const keyOf = (subject: IndexSubject) => `${subject.profileSlug}|${subject.footprintId ?? ''}`;
