import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from './base/columns';

/**
 * Who may sync a connector right now. Several API instances share one database; the one whose
 * conditional update takes the lease runs the sync, so sources see one polite client.
 */
@Entity('connector_lease')
export class ConnectorLeaseEntity {
  @PrimaryColumn({ name: 'connector_key', type: 'varchar', length: 32 })
  connectorKey!: string;

  @InstantColumn('leased_until', { nullable: true })
  leasedUntil!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  holder!: string | null;
}
