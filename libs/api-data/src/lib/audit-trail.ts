import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './entities';
import { insertRows } from './insert-rows';

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
    await this.recordMany(manager, actor, [record]);
  }

  /** Several entries by one actor (e.g. an import), a chunk of rows per statement. */
  async recordMany(manager: EntityManager, actor: AuditActor | null, records: readonly AuditRecord[]): Promise<void> {
    const rows = records.map((record) => ({
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
    }));
    await insertRows(manager, AuditEntryEntity, rows);
  }
}
