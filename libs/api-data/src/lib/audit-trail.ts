import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './entities';

export interface AuditActor {
  id: number;
  email: string;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: object;
  after?: object;
}

/**
 * Writes the audit trail. Callers pass the transaction's EntityManager so the change and its
 * audit entry are stored together or not at all.
 */
@Injectable()
export class AuditTrail {
  async record(manager: EntityManager, actor: AuditActor | null, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
    });
  }
}
