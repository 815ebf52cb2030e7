import { Column, Entity } from 'typeorm';
import { DoubleColumn, JsonColumn } from './base/columns';
import { OwnedRow } from './base/owned-row';

/**
 * A company footprint in Kazakhstan (the answers of the footprint form), private to its owner (and
 * admins). The exposure rule of @kem/scoring turns it into per-channel exposure factors.
 */
@Entity('footprint')
export class FootprintEntity extends OwnedRow {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @DoubleColumn({ name: 'revenue_share_kz' })
  revenueShareKz!: number;

  @DoubleColumn({ name: 'export_route_share' })
  exportRouteShare!: number;

  @DoubleColumn({ name: 'russian_input_share' })
  russianInputShare!: number;

  @Column({ name: 'staff_in_kz', type: 'integer' })
  staffInKz!: number;

  @Column({ name: 'sites_in_kz', type: 'integer' })
  sitesInKz!: number;

  /** Region keys (SITE_REGIONS of @kem/scoring), as a JSON list. */
  @JsonColumn({ name: 'site_regions' })
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
