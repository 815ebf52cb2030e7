import { Column, Entity } from 'typeorm';
import { OwnedRow } from './base/owned-row';

/**
 * A company footprint in Kazakhstan (the answers of the footprint form), private to its owner (and
 * admins). The exposure rule of @kem/scoring turns it into per-channel exposure factors.
 */
@Entity('footprint')
export class FootprintEntity extends OwnedRow {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'revenue_share_kz', type: 'double precision' })
  revenueShareKz!: number;

  @Column({ name: 'export_route_share', type: 'double precision' })
  exportRouteShare!: number;

  @Column({ name: 'russian_input_share', type: 'double precision' })
  russianInputShare!: number;

  @Column({ name: 'staff_in_kz', type: 'integer' })
  staffInKz!: number;

  @Column({ name: 'sites_in_kz', type: 'integer' })
  sitesInKz!: number;

  /** Region keys (SITE_REGIONS of @kem/scoring), as a JSON list. */
  @Column({ name: 'site_regions', type: 'simple-json' })
  siteRegions!: string[];

  @Column({ name: 'foreign_funded_partners', type: 'integer' })
  foreignFundedPartners!: number;

  @Column({ name: 'payments_via_russia', type: 'boolean' })
  paymentsViaRussia!: boolean;

  @Column({ name: 'data_via_russia', type: 'boolean' })
  dataViaRussia!: boolean;

  @Column({ name: 'telecom_via_russia', type: 'boolean' })
  telecomViaRussia!: boolean;
}
