import { EventEntity, ObservationEntity } from '@kem/api-data';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CURATED_EVENTS, CURATED_OBSERVATIONS } from './curated-history';

const CHUNK = 100;

/**
 * Stores the curated history on first start and whatever a later release adds to it. It only
 * inserts what was never stored — deleted rows included — so an analyst's edits and deletions stand.
 */
@Injectable()
export class CuratedHistorySeed implements OnModuleInit {
  private readonly logger = new Logger(CuratedHistorySeed.name);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const events = await this.seedEvents();
    const observations = await this.seedObservations();
    if (events + observations > 0) this.logger.log(`Stored ${events} curated events and ${observations} observations`);
  }

  private async seedEvents(): Promise<number> {
    const repo = this.dataSource.getRepository(EventEntity);
    const stored = new Set((await repo.find({ select: { seedRef: true }, withDeleted: true })).map((e) => e.seedRef));
    const missing = CURATED_EVENTS.filter((e) => !stored.has(e.ref));
    for (let i = 0; i < missing.length; i += CHUNK) {
      await repo
        .createQueryBuilder()
        .insert()
        .values(
          missing.slice(i, i + CHUNK).map((e) => ({
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
            authorId: null,
          })),
        )
        .orIgnore()
        .execute();
    }
    return missing.length;
  }

  private async seedObservations(): Promise<number> {
    const repo = this.dataSource.getRepository(ObservationEntity);
    const slot = (o: { indicatorKey: string; series: string; date: string }) => `${o.indicatorKey}|${o.series}|${o.date}`;
    const stored = new Set(
      (await repo.find({ select: { indicatorKey: true, series: true, date: true }, withDeleted: true })).map(slot),
    );
    const missing = CURATED_OBSERVATIONS.filter((o) => !stored.has(slot({ indicatorKey: o.indicator, series: o.series, date: o.date })));
    for (let i = 0; i < missing.length; i += CHUNK) {
      await repo
        .createQueryBuilder()
        .insert()
        .values(
          missing.slice(i, i + CHUNK).map((o) => ({
            indicatorKey: o.indicator,
            series: o.series,
            date: o.date,
            value: o.value,
            unit: o.unit,
            sourceName: o.sourceName,
            sourceUrl: o.sourceUrl,
            confidence: o.confidence,
            note: o.note,
            origin: 'curated' as const,
            authorId: null,
          })),
        )
        .orIgnore()
        .execute();
    }
    return missing.length;
  }
}
