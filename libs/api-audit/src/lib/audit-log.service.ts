import { AuditEntryEntity, newestFirstPage, whereContains } from '@kem/api-data';
import { escapeLike } from '@kem/api-http';
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
    return newestFirstPage(this.dataSource, AuditEntryEntity, q, {
      at: 'at',
      narrow: (rows) => {
        if (q.action) {
          if (q.action.endsWith('.')) rows.andWhere("row.action LIKE :action ESCAPE '\\'", { action: `${escapeLike(q.action)}%` });
          else rows.andWhere('row.action = :action', { action: q.action });
        }
        if (q.entityType) rows.andWhere('row.entityType = :entityType', { entityType: q.entityType });
        if (q.entityId) rows.andWhere('row.entityId = :entityId', { entityId: q.entityId });
        whereContains(rows, 'actorEmail', q.actor);
      },
      toView,
    });
  }
}
