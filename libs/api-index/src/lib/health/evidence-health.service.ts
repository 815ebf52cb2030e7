import {
  AuditTrail,
  ConnectorRunEntity,
  EventEntity,
  IndicatorEntity,
  IndicatorReviewEntity,
  ObservationEntity,
  UserEntity,
} from '@kem/api-data';
import { CLOCK, Clock } from '@kem/api-config';
import { AuthenticatedUser } from '@kem/api-auth';
import { ConnectorSyncService } from '@kem/api-evidence';
import { NotFoundError } from '@kem/api-http';
import {
  authorLabel,
  ConnectorHealthView,
  EvidenceHealthView,
  IndicatorFreshnessView,
  IndicatorHealthView,
  IndicatorReviewInput,
  IndicatorReviewView,
  StructuralSeriesHealthView,
} from '@kem/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, startOfDay } from '@kem/scoring';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { IndexBuilder } from '../build/index-builder.service';
import { freshnessView, indicatorFreshness } from '../read/freshness-views';
import { IndexFrames } from '../read/index-frames';

const FAILED = ['failed', 'partial'];

/** Months from the end of a period ('YYYY' or 'YYYY-MM') to `day`. */
function monthsSince(period: string, day: string): number {
  const [y, m] = period.length === 4 ? [Number(period), 12] : [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const [ty, tm] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return (ty - y) * 12 + (tm - m);
}

/** A connector error in words for an analyst (the stored message, trimmed; a hint for the usual causes). */
export function errorInWords(error: string | null, warnings: readonly string[] | null): string {
  const text = (error ?? warnings?.[0] ?? 'failed without a message').trim().slice(0, 400);
  const hint = /ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(text)
    ? ' (the source’s host name could not be resolved: no internet access from the server?)'
    : /ECONNREFUSED|ECONNRESET|ETIMEDOUT|timed? ?out|abort/i.test(text)
      ? ' (the source did not answer in time or refused the connection)'
      : /\b(401|403)\b/.test(text)
        ? ' (the source refused access: check the API key)'
        : /\b429\b/.test(text)
          ? ' (the source rate-limited us; the next scheduled run retries)'
          : /\b5\d\d\b/.test(text)
            ? ' (the source had a server error)'
            : '';
  return `${text}${hint}`;
}

/** "Reviewed — no change" and the evidence-health view (issue 12, item 3). */
@Injectable()
export class EvidenceHealthService {
  private readonly logger = new Logger(EvidenceHealthService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly frames: IndexFrames,
    private readonly builder: IndexBuilder,
    private readonly audit: AuditTrail,
    private readonly connectors: ConnectorSyncService,
  ) {}

  /** Records that an analyst reviewed an indicator today and found nothing to add; the index is rebuilt in the background. */
  async review(key: string, input: IndicatorReviewInput, user: AuthenticatedUser): Promise<IndicatorReviewView> {
    const indicator = await this.dataSource.getRepository(IndicatorEntity).findOneBy({ key });
    if (!indicator) throw new NotFoundError(`No indicator "${key}"`);
    const today = this.clock.today();
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(IndicatorReviewEntity, {
          indicatorKey: key,
          reviewedOn: today,
          recordedAt: today,
          note: input.note ?? null,
          authorId: user.id,
        }),
      );
      await this.audit.record(manager, user, {
        action: 'indicator.review',
        entityType: 'indicator',
        entityId: key,
        after: { reviewedOn: today, note: row.note },
      });
      return row;
    });
    void this.builder.refresh();
    const frame = await this.frames.live(today);
    const i = frame.scores.keys.indexOf(key);
    return {
      id: saved.id,
      indicatorKey: key,
      reviewedOn: saved.reviewedOn,
      note: saved.note,
      author: authorLabel(await this.dataSource.getRepository(UserEntity).findOneBy({ id: user.id })),
      recordedAt: saved.recordedAt,
      freshness: indicatorFreshness(frame, i, 0),
    };
  }

  async health(): Promise<EvidenceHealthView> {
    const today = this.clock.today();
    const frame = await this.frames.live(today);
    const freshness = freshnessView(frame, 0);
    const byKey = new Map<string, IndicatorFreshnessView>(freshness.indicators.map((f) => [f.indicatorKey, f]));
    const m = this.dataSource.manager;
    const indicators = await m.find(IndicatorEntity, { order: { position: 'ASC', key: 'ASC' } });
    const reviews = await m.find(IndicatorReviewEntity, { relations: { author: true }, order: { reviewedOn: 'DESC', id: 'DESC' } });
    const definitions = new Map(frame.definitions.map((d) => [d.key, d]));

    const indicatorViews: IndicatorHealthView[] = [];
    for (const indicator of indicators) {
      const key = indicator.key;
      const last = await m.findOne(EventEntity, {
        select: { id: true, date: true, title: true, recordedAt: true, lifecycle: true },
        where: { indicatorKey: key, status: 'published' },
        order: { date: 'DESC', id: 'DESC' },
      });
      const review = reviews.find((r) => r.indicatorKey === key) ?? null;
      const f = byKey.get(key) as IndicatorFreshnessView;
      const definition = definitions.get(key);
      let action: string | null = null;
      if (f.state === 'unmonitored')
        action = `Unmonitored: nothing added or reviewed for ${f.daysSinceTouch ?? 'ever'} days, so it is left out of the index. Review it or add evidence.`;
      else if (f.state === 'stale' && f.staleFrom)
        action = `Stale since ${f.staleFrom}: its score is held at the last reviewed level. Review it or add evidence before ${f.unmonitoredFrom ?? 'it leaves the index'}.`;
      indicatorViews.push({
        indicatorKey: key,
        name: indicator.name,
        freshness: f,
        lastEvent: last
          ? { id: last.id, date: last.date, title: last.title, recordedAt: last.recordedAt, lifecycle: last.lifecycle }
          : null,
        lastReview: review ? { reviewedOn: review.reviewedOn, note: review.note, author: authorLabel(review.author ?? null) } : null,
        curatedThrough: frame.touches.get(key)?.curatedThrough ?? null,
        series: definition?.baseline?.components.map((c) => c.series) ?? [],
        action,
      });
    }

    // structural series behind the baselines: the latest stored figure and its age
    const seriesInfo = new Map<string, { label: string; indicatorKeys: string[]; expected: number }>();
    for (const d of frame.definitions) {
      for (const c of d.baseline?.components ?? []) {
        const info = seriesInfo.get(c.series) ?? { label: c.label, indicatorKeys: [], expected: d.baseline?.expectedVintageMonths ?? 12 };
        info.indicatorKeys.push(d.key);
        info.expected = Math.min(info.expected, d.baseline?.expectedVintageMonths ?? info.expected);
        seriesInfo.set(c.series, info);
      }
    }
    const observations = seriesInfo.size
      ? await m.find(ObservationEntity, {
          select: { series: true, period: true, date: true, value: true, unit: true, vintage: true, sourceName: true },
          where: { series: In([...seriesInfo.keys()]) },
        })
      : [];
    const series: StructuralSeriesHealthView[] = [...seriesInfo.entries()].map(([name, info]) => {
      const latest = observations
        .filter((o) => o.series === name)
        .sort((a, b) => ((a.period ?? a.date) < (b.period ?? b.date) ? 1 : -1))[0];
      const period = latest ? (latest.period ?? latest.date.slice(0, 7)) : null;
      const ageMonths = period ? monthsSince(period, today) : null;
      return {
        series: name,
        label: info.label,
        indicatorKeys: info.indicatorKeys,
        latestPeriod: period,
        latestValue: latest?.value ?? null,
        unit: latest?.unit ?? null,
        vintage: latest?.vintage ?? null,
        sourceName: latest?.sourceName ?? null,
        expectedVintageMonths: info.expected,
        ageMonths,
        stale: ageMonths === null || ageMonths > info.expected,
      };
    });

    const weekAgo = startOfDay(addDays(today, -7));
    const runs = this.dataSource.getRepository(ConnectorRunEntity);
    const connectors: ConnectorHealthView[] = [];
    let failedSyncs = 0;
    for (const c of await this.connectors.statuses()) {
      const success = await runs.findOne({ where: { connectorKey: c.key, status: 'ok' }, order: { startedAt: 'DESC' } });
      const failure = await runs.findOne({ where: { connectorKey: c.key, status: In(FAILED) }, order: { startedAt: 'DESC' } });
      const failures = await runs.count({ where: { connectorKey: c.key, status: In(FAILED), startedAt: MoreThanOrEqual(weekAgo) } });
      failedSyncs += failures;
      const lastFailedAfterSuccess = failure && (!success || failure.startedAt > success.startedAt);
      connectors.push({
        key: c.key,
        name: c.name,
        state: c.running ? 'running' : !success && !failure ? 'never_run' : lastFailedAfterSuccess ? 'failing' : 'ok',
        lastSuccess: success ? { at: (success.finishedAt ?? success.startedAt).toISOString(), runId: success.id } : null,
        lastFailure: failure
          ? {
              at: (failure.finishedAt ?? failure.startedAt).toISOString(),
              runId: failure.id,
              error: errorInWords(failure.error, failure.warnings),
            }
          : null,
        failuresLast7Days: failures,
      });
    }
    this.logger.debug(`Evidence health for ${today}: ${freshness.summary}`);
    return { date: today, indicators: indicatorViews, series, connectors, failedSyncsLast7Days: failedSyncs, coverage: freshness.coverage };
  }
}
