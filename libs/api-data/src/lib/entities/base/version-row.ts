import { PrimaryColumn } from 'typeorm';
import { WeightProfileVersionEntity } from '../weight-profile-version.entity';
import { Reference } from './columns';

/** A row of one weight-profile version's materialised index (a day, the build state); it goes with the version. */
export abstract class VersionRow {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @Reference(() => WeightProfileVersionEntity, 'version_id', 'CASCADE')
  version?: WeightProfileVersionEntity;
}
