import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
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

  /**
   * Deletes a record and records `<entityType>.delete` with what it held (`before`). The row is
   * soft-deleted where its entity keeps deleted rows (a delete date column), removed otherwise.
   */
  async delete<T extends ObjectLiteral>(
    manager: EntityManager,
    actor: AuditActor | null,
    target: EntityTarget<T>,
    record: { entityType: string; entityId: number; before: object },
  ): Promise<void> {
    if (manager.connection.getMetadata(target).deleteDateColumn) await manager.softDelete(target, record.entityId);
    else await manager.delete(target, record.entityId);
    await this.record(manager, actor, { action: `${record.entityType}.delete`, ...record });
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
