import { AuditEntryEntity } from '@kem/api-data';
import { escapeLike, pageWindow, startOfNextDay } from '@kem/api-http';
import { AuditEntryView, Page } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditQueryDto } from './audit-query.dto';

function toView(e: AuditEntryEntity): AuditEntryView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  };
}

/** Reads the audit log (every feature writes to it through AuditTrail). */
@Injectable()
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; `action` ending in "." matches every action under that prefix. */
  async list(q: AuditQueryDto): Promise<Page<AuditEntryView>> {
    const { page, pageSize, skip, take } = pageWindow(q);
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(skip)
      .take(take);
    if (q.action) {
      if (q.action.endsWith('.')) qb.andWhere("a.action LIKE :action ESCAPE '\\'", { action: `${escapeLike(q.action)}%` });
      else qb.andWhere('a.action = :action', { action: q.action });
    }
    if (q.entityType) qb.andWhere('a.entityType = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('a.entityId = :entityId', { entityId: q.entityId });
    if (q.actor) qb.andWhere("LOWER(a.actorEmail) LIKE :actor ESCAPE '\\'", { actor: `%${escapeLike(q.actor.toLowerCase())}%` });
    if (q.from) qb.andWhere('a.at >= :from', { from: new Date(`${q.from}T00:00:00Z`) });
    if (q.to) qb.andWhere('a.at < :to', { to: startOfNextDay(q.to) });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toView), total, page, pageSize };
  }
}
