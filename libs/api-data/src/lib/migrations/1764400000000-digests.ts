import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex, TableUnique } from 'typeorm';
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
          { name: 'id', type: 'integer', ...t.autoIncrement },
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
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'updated_at', type: t.timestamp, default: t.now() },
        ],
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['profile_id'],
            referencedTableName: 'weight_profile',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'delivery',
        columns: [
          { name: 'id', type: 'integer', ...t.autoIncrement },
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
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'sent_at', type: t.timestamp, isNullable: true },
        ],
        uniques: [new TableUnique({ columnNames: ['subscription_id', 'period_key'] })],
        indices: [new TableIndex({ columnNames: ['status', 'next_attempt_at'] }), new TableIndex({ columnNames: ['created_at'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['subscription_id'],
            referencedTableName: 'subscription',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          { name: 'id', type: 'integer', ...t.autoIncrement },
          { name: 'delivery_id', type: 'integer', isNullable: true },
          { name: 'recipient', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'message_id', type: 'varchar', length: '255' },
          { name: 'raw', type: 'text' },
          { name: 'html_part', type: 'text' },
          { name: 'text_part', type: 'text' },
          { name: 'size_bytes', type: 'integer' },
          { name: 'created_at', type: t.timestamp, default: t.now() },
        ],
        indices: [new TableIndex({ columnNames: ['created_at'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['delivery_id'],
            referencedTableName: 'delivery',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_message', true, true, true);
    await queryRunner.dropTable('delivery', true, true, true);
    await queryRunner.dropTable('subscription', true, true, true);
  }
}
