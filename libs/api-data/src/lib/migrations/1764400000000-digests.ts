import { MigrationInterface, QueryRunner, TableIndex, TableUnique } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

/** E-mail subscriptions, their deliveries (one per subscription and period) and the in-app outbox. */
export class Digests1764400000000 implements MigrationInterface {
  name = 'Digests1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    // Foreign keys are declared inside each table: SQLite cannot add them to an existing table.
    await queryRunner.createTable(
      table(
        'subscription',
        [
          t.id,
          t.varchar('email', 254),
          t.varchar('display_name', 120, { nullable: true }),
          t.varchar('cadence', 8),
          t.varchar('send_time', 5),
          t.varchar('time_zone', 64),
          t.integer('profile_id'),
          t.boolean('alert_band_change', { default: false }),
          t.double('alert_rise_day', { nullable: true }),
          t.double('alert_rise_week', { nullable: true }),
          t.boolean('active', { default: true }),
          t.timestamp('unsubscribed_at', { nullable: true }),
          t.varchar('unsubscribe_key', 64),
          t.integer('owner_id', { nullable: true }),
          ...t.timestamps,
        ],
        {
          indices: [new TableIndex({ columnNames: ['owner_id'] })],
          foreignKeys: [foreignKey('profile_id', 'weight_profile', 'RESTRICT'), foreignKey('owner_id', 'user_account', 'SET NULL')],
        },
      ),
    );
    await queryRunner.createTable(
      table(
        'delivery',
        [
          t.id,
          t.integer('subscription_id', { nullable: true }),
          t.varchar('kind', 8),
          t.varchar('period_key', 60),
          t.varchar('recipient', 254),
          t.varchar('subject', 300, { nullable: true }),
          t.varchar('status', 10),
          t.integer('attempts', { default: 0 }),
          t.timestamp('next_attempt_at', { nullable: true }),
          t.varchar('claim_token', 36, { nullable: true }),
          t.text('last_error', { nullable: true }),
          t.varchar('message_id', 255, { nullable: true }),
          t.varchar('transport', 8, { nullable: true }),
          t.text('context', { nullable: true }),
          t.createdAt,
          t.timestamp('sent_at', { nullable: true }),
        ],
        {
          uniques: [new TableUnique({ columnNames: ['subscription_id', 'period_key'] })],
          indices: [new TableIndex({ columnNames: ['status', 'next_attempt_at'] }), new TableIndex({ columnNames: ['created_at'] })],
          foreignKeys: [foreignKey('subscription_id', 'subscription', 'SET NULL')],
        },
      ),
    );
    await queryRunner.createTable(
      table(
        'outbox_message',
        [
          t.id,
          t.integer('delivery_id', { nullable: true }),
          t.varchar('recipient', 254),
          t.varchar('subject', 300),
          t.varchar('message_id', 255),
          t.text('raw'),
          t.text('html_part'),
          t.text('text_part'),
          t.integer('size_bytes'),
          t.createdAt,
        ],
        {
          indices: [new TableIndex({ columnNames: ['created_at'] })],
          foreignKeys: [foreignKey('delivery_id', 'delivery', 'SET NULL')],
        },
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_message', true, true, true);
    await queryRunner.dropTable('delivery', true, true, true);
    await queryRunner.dropTable('subscription', true, true, true);
  }
}
