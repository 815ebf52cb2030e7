import { MigrationInterface, QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes } from './portable-types';

/** E-mail subscriptions, their deliveries (one per subscription and period) and the in-app outbox. */
export class Digests1764400000000 implements MigrationInterface {
  name = 'Digests1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    // Foreign keys are declared inside each table: SQLite cannot add them to an existing table.
    await queryRunner.createTable(
      new Table({
        name: 'subscription',
        columns: [
          t.id,
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'display_name', type: 'varchar', length: '120', isNullable: true },
          { name: 'cadence', type: 'varchar', length: '8' },
          { name: 'send_time', type: 'varchar', length: '5' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'profile_id', type: 'integer' },
          { name: 'alert_band_change', type: 'boolean', default: t.boolean(false) },
          { name: 'alert_rise_day', type: 'double precision', isNullable: true },
          { name: 'alert_rise_week', type: 'double precision', isNullable: true },
          { name: 'active', type: 'boolean', default: t.boolean(true) },
          { name: 'unsubscribed_at', type: t.timestamp, isNullable: true },
          { name: 'unsubscribe_key', type: 'varchar', length: '64' },
          { name: 'owner_id', type: 'integer', isNullable: true },
          ...t.timestamps,
        ],
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [foreignKey('profile_id', 'weight_profile', 'RESTRICT'), foreignKey('owner_id', 'user_account', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'delivery',
        columns: [
          t.id,
          { name: 'subscription_id', type: 'integer', isNullable: true },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'period_key', type: 'varchar', length: '60' },
          { name: 'recipient', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300', isNullable: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'next_attempt_at', type: t.timestamp, isNullable: true },
          { name: 'claim_token', type: 'varchar', length: '36', isNullable: true },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'message_id', type: 'varchar', length: '255', isNullable: true },
          { name: 'transport', type: 'varchar', length: '8', isNullable: true },
          { name: 'context', type: 'text', isNullable: true },
          t.createdAt,
          { name: 'sent_at', type: t.timestamp, isNullable: true },
        ],
        uniques: [new TableUnique({ columnNames: ['subscription_id', 'period_key'] })],
        indices: [new TableIndex({ columnNames: ['status', 'next_attempt_at'] }), new TableIndex({ columnNames: ['created_at'] })],
        foreignKeys: [foreignKey('subscription_id', 'subscription', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          t.id,
          { name: 'delivery_id', type: 'integer', isNullable: true },
          { name: 'recipient', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'message_id', type: 'varchar', length: '255' },
          { name: 'raw', type: 'text' },
          { name: 'html_part', type: 'text' },
          { name: 'text_part', type: 'text' },
          { name: 'size_bytes', type: 'integer' },
          t.createdAt,
        ],
        indices: [new TableIndex({ columnNames: ['created_at'] })],
        foreignKeys: [foreignKey('delivery_id', 'delivery', 'SET NULL')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_message', true, true, true);
    await queryRunner.dropTable('delivery', true, true, true);
    await queryRunner.dropTable('subscription', true, true, true);
  }
}
