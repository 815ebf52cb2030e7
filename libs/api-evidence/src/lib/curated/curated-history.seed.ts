import { AuditEntryEntity, EventEntity, ObservationEntity } from '@kem/api-data';
import type { ObservationInput } from '@kem/contracts';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type ObjectLiteral, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { CURATED_EVENTS, CURATED_OBSERVATIONS, CuratedEvent, periodOfDate, recordedDay } from './curated-history';
import { loadStructuralObservations } from './structural-series';

const CHUNK = 100;

/**
 * Stores the curated history on first start and whatever a later release adds to it. It only
 * inserts what was never stored — deleted rows included — so an analyst's edits and deletions stand.
 *
 * Methodology version 2 fields (lifecycle, family, recorded day) are kept in step with the curated
 * file on the curated events no analyst has touched (no audit entry): that fills them on databases
 * seeded before version 2, links each follow-up to its parent once both are stored, and is a no-op
 * when nothing differs. An event an analyst created, edited or deleted is never written.
 */
@Injectable()
export class CuratedHistorySeed implements OnModuleInit {
  private readonly logger = new Logger(CuratedHistorySeed.name);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const events = await this.seedEvents();
    const synced = await this.syncVersion2Fields();
    const observations = await this.seedObservations(
      CURATED_OBSERVATIONS.map(({ indicator, ...o }) => ({ ...o, indicatorKey: indicator, period: periodOfDate(o.date), vintage: null })),
    );
    const structural = await this.seedObservations(loadStructuralObservations());
    if (events + synced + observations + structural > 0) {
      this.logger.log(
        `Stored ${events} curated events (${synced} given lifecycle or family), ${observations} observations and ${structural} structural values`,
      );
    }
  }

  private async seedEvents(): Promise<number> {
    const repo = this.dataSource.getRepository(EventEntity);
    const stored = new Set((await repo.find({ select: { seedRef: true }, withDeleted: true })).map((e) => e.seedRef));
    const missing = CURATED_EVENTS.filter((e) => !stored.has(e.ref));
    await insertInChunks(
      repo,
      missing.map((e) => ({
        seedRef: e.ref,
        indicatorKey: e.indicator,
        date: e.date,
        datePrecision: e.datePrecision,
        endDate: e.endDate,
        title: e.title,
        summary: e.summary,
        severity: e.severity,
        stage: e.stage,
        sourceName: e.sourceName,
        sourceUrl: e.sourceUrl,
        confidence: e.confidence,
        status: 'published' as const,
        origin: 'curated' as const,
        lifecycle: e.lifecycle,
        recordedAt: recordedDay(e),
        parentId: null,
        authorId: null,
      })),
    );
    return missing.length;
  }

  /**
   * Lifecycle, recorded day and parent of the curated events nobody edited. A parent is resolved by
   * its ref among stored, undeleted rows; a follow-up whose parent an analyst deleted stands alone.
   */
  private async syncVersion2Fields(): Promise<number> {
    const repo = this.dataSource.getRepository(EventEntity);
    const rows = await repo.find({
      select: { id: true, seedRef: true, lifecycle: true, recordedAt: true, parentId: true },
      where: { seedRef: Not(IsNull()) },
    });
    if (rows.length === 0) return 0;
    const idOf = new Map(rows.map((r) => [r.seedRef as string, r.id]));
    const touched = new Set(
      (
        await this.dataSource.getRepository(AuditEntryEntity).find({
          select: { entityId: true },
          where: { entityType: 'event', entityId: In(rows.map((r) => String(r.id))) },
        })
      ).map((a) => Number(a.entityId)),
    );
    const curated = new Map<string, CuratedEvent>(CURATED_EVENTS.map((e) => [e.ref, e]));
    let changed = 0;
    for (const row of rows) {
      const e = curated.get(row.seedRef as string);
      if (!e || touched.has(row.id)) continue;
      const wanted = {
        lifecycle: e.lifecycle,
        recordedAt: recordedDay(e),
        parentId: e.parentRef === null ? null : (idOf.get(e.parentRef) ?? null),
      };
      if (row.lifecycle === wanted.lifecycle && sameDay(row.recordedAt, wanted.recordedAt) && row.parentId === wanted.parentId) continue;
      await repo.createQueryBuilder().update().set(wanted).where('id = :id', { id: row.id }).execute();
      changed++;
    }
    return changed;
  }

  private async seedObservations(list: readonly Required<ObservationInput>[]): Promise<number> {
    const repo = this.dataSource.getRepository(ObservationEntity);
    const slot = (o: { indicatorKey: string; series: string; date: string }) => `${o.indicatorKey}|${o.series}|${o.date}`;
    const stored = new Set((await repo.find({ select: { indicatorKey: true, series: true, date: true }, withDeleted: true })).map(slot));
    const missing = list.filter((o) => !stored.has(slot(o)));
    await insertInChunks(
      repo,
      missing.map((o) => ({
        ...o,
        recordedAt: null,
        origin: 'curated' as const,
        authorId: null,
      })),
    );
    return missing.length;
  }
}

/** Inserts `rows` CHUNK at a time; a row whose unique key is stored already (another instance seeding too) is skipped. */
async function insertInChunks<T extends ObjectLiteral>(repo: Repository<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await repo
      .createQueryBuilder()
      .insert()
      .values(rows.slice(i, i + CHUNK))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}

/** Date columns come back as 'YYYY-MM-DD' strings on both engines; tolerate a Date all the same. */
function sameDay(stored: string | Date | null, wanted: string): boolean {
  if (stored === null) return false;
  return (stored instanceof Date ? stored.toISOString().slice(0, 10) : String(stored).slice(0, 10)) === wanted;
}
