import { ConnectorLeaseEntity } from '@kem/api-data';
import { DataSource } from 'typeorm';

/**
 * Takes the connector's lease for `ms` if nobody holds it (or a holder crashed and it expired).
 * The conditional UPDATE is atomic on both engines, so exactly one instance wins.
 */
export async function takeLease(dataSource: DataSource, connectorKey: string, holder: string, ms: number, now: Date): Promise<boolean> {
  const repo = dataSource.getRepository(ConnectorLeaseEntity);
  await repo.createQueryBuilder().insert().values({ connectorKey, leasedUntil: null, holder: null }).orIgnore().execute();
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ leasedUntil: new Date(now.getTime() + ms), holder })
    .where('connector_key = :connectorKey', { connectorKey })
    .andWhere('(leased_until IS NULL OR leased_until < :now)', { now })
    .execute();
  return result.affected === 1;
}

export async function releaseLease(dataSource: DataSource, connectorKey: string, holder: string): Promise<void> {
  await dataSource
    .getRepository(ConnectorLeaseEntity)
    .createQueryBuilder()
    .update()
    .set({ leasedUntil: null, holder: null })
    .where('connector_key = :connectorKey AND holder = :holder', { connectorKey, holder })
    .execute();
}
