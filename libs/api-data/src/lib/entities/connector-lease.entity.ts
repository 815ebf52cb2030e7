import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who may sync a connector right now. Several API instances share one database; the one whose
 * conditional update takes the lease runs the sync, so sources see one polite client.
 */
@Entity('connector_lease')
export class ConnectorLeaseEntity {
  @PrimaryColumn({ name: 'connector_key', type: 'varchar', length: 32 })
  connectorKey!: string;

  @Column({ name: 'leased_until', type: Date, nullable: true })
  leasedUntil!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  holder!: string | null;
}
