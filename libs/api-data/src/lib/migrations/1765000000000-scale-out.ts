import { MigrationInterface, QueryRunner } from 'typeorm';
import { ACTIVE_SUBSCRIPTION_INDEX, ACTIVE_SUBSCRIPTION_WHERE } from '../entities/subscription.entity';
import { activeSubscriptionIndex } from './active-subscription-index';
import { portableTypes } from './portable-types';

/**
 * Several API instances on one database: who holds a delivery's claim (so a restarted instance
 * hands its old claims back), a lease per index build (one instance builds a version), and one
 * active subscription per (e-mail, profile, cadence) under a partial unique index.
 */
export class ScaleOut1765000000000 implements MigrationInterface {
  name = 'ScaleOut1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.addColumn('delivery', t.varchar('claimed_by', 64, { nullable: true }));
    await queryRunner.addColumns('index_build', [
      t.varchar('builder', 64, { nullable: true }),
      t.timestamp('lease_until', { nullable: true }),
    ]);
    // Two instances may already have stored the same subscription twice: keep the oldest active one.
    await queryRunner.query(
      `UPDATE subscription SET active = FALSE, unsubscribed_at = CURRENT_TIMESTAMP
       WHERE active = TRUE AND id NOT IN (SELECT MIN(id) FROM subscription WHERE active = TRUE GROUP BY email, profile_id, cadence)`,
    );
    await queryRunner.createIndex(
      'subscription',
      activeSubscriptionIndex(ACTIVE_SUBSCRIPTION_INDEX, 'profile_id', ACTIVE_SUBSCRIPTION_WHERE),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('subscription', ACTIVE_SUBSCRIPTION_INDEX);
    await queryRunner.dropColumns('index_build', ['builder', 'lease_until']);
    await queryRunner.dropColumn('delivery', 'claimed_by');
  }
}
