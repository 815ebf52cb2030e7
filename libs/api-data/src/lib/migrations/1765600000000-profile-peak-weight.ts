import { MigrationInterface, QueryRunner } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * The peak-channel λ becomes a setting of each weight-profile version (issue 11). Versions saved
 * before were built with version 2's λ of the time, 0.25, and keep it.
 */
export class ProfilePeakWeight1765600000000 implements MigrationInterface {
  name = 'ProfilePeakWeight1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = (nullable: boolean) => portableTypes(queryRunner).double('peak_channel', { nullable });
    await queryRunner.addColumn('weight_profile_version', column(true));
    await queryRunner.query(`UPDATE weight_profile_version SET peak_channel = 0.25`);
    await queryRunner.changeColumn('weight_profile_version', 'peak_channel', column(false));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('weight_profile_version', 'peak_channel');
  }
}
