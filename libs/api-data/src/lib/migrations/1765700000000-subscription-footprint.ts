import { MigrationInterface, QueryRunner } from 'typeorm';
import { activeSubscriptionIndex } from './active-subscription-index';
import { foreignKey } from './foreign-key';
import { portableTypes } from './portable-types';
import {
  ACTIVE_COUNTRY_SUBSCRIPTION_INDEX,
  ACTIVE_COUNTRY_SUBSCRIPTION_WHERE,
  ACTIVE_FOOTPRINT_SUBSCRIPTION_INDEX,
  ACTIVE_FOOTPRINT_SUBSCRIPTION_WHERE,
  ACTIVE_SUBSCRIPTION_INDEX,
  ACTIVE_SUBSCRIPTION_WHERE,
} from '../entities/subscription.entity';

/**
 * Digests that follow a company footprint (issue 13): a subscription may name a footprint, and then
 * one active subscription per (e-mail, footprint, cadence) beside one per (e-mail, profile, cadence)
 * of the country index — so one address can have the country digest and its company's digest.
 */
export class SubscriptionFootprint1765700000000 implements MigrationInterface {
  name = 'SubscriptionFootprint1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('subscription', ACTIVE_SUBSCRIPTION_INDEX);
    await queryRunner.addColumn('subscription', portableTypes(queryRunner).integer('footprint_id', { nullable: true }));
    await queryRunner.createForeignKey('subscription', foreignKey('footprint_id', 'footprint', 'SET NULL'));
    await queryRunner.createIndices('subscription', [
      activeSubscriptionIndex(ACTIVE_COUNTRY_SUBSCRIPTION_INDEX, 'profile_id', ACTIVE_COUNTRY_SUBSCRIPTION_WHERE),
      activeSubscriptionIndex(ACTIVE_FOOTPRINT_SUBSCRIPTION_INDEX, 'footprint_id', ACTIVE_FOOTPRINT_SUBSCRIPTION_WHERE),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('subscription', ACTIVE_FOOTPRINT_SUBSCRIPTION_INDEX);
    await queryRunner.dropIndex('subscription', ACTIVE_COUNTRY_SUBSCRIPTION_INDEX);
    // The country index is unique without the footprint: footprint subscriptions end with it.
    await queryRunner.query('DELETE FROM subscription WHERE footprint_id IS NOT NULL');
    const table = await queryRunner.getTable('subscription');
    const foreignKey = table?.foreignKeys.find((fk) => fk.columnNames.includes('footprint_id'));
    if (foreignKey) await queryRunner.dropForeignKey('subscription', foreignKey);
    await queryRunner.dropColumn('subscription', 'footprint_id');
    await queryRunner.createIndex(
      'subscription',
      activeSubscriptionIndex(ACTIVE_SUBSCRIPTION_INDEX, 'profile_id', ACTIVE_SUBSCRIPTION_WHERE),
    );
  }
}
