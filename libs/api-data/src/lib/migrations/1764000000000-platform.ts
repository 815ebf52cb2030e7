import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

export class Platform1764000000000 implements MigrationInterface {
  name = 'Platform1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          { name: 'id', type: 'integer', ...t.autoIncrement },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'display_name', type: 'varchar', length: '120', isNullable: true },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'active', type: 'boolean', default: t.boolean(true) },
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'updated_at', type: t.timestamp, default: t.now() },
          { name: 'last_login_at', type: t.timestamp, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_session',
        columns: [
          { name: 'id', type: 'integer', ...t.autoIncrement },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'user_id', type: 'integer' },
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'expires_at', type: t.timestamp },
        ],
      }),
    );
    await queryRunner.createIndex('user_session', new TableIndex({ columnNames: ['user_id'] }));
    await queryRunner.createIndex('user_session', new TableIndex({ columnNames: ['expires_at'] }));
    await queryRunner.createForeignKey(
      'user_session',
      new TableForeignKey({
        columnNames: ['user_id'],
        referencedTableName: 'user_account',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'category', type: 'varchar', length: '40' },
          { name: 'description', type: 'text' },
          { name: 'method', type: 'text' },
          { name: 'default_weight', type: 'double precision' },
          { name: 'position', type: 'integer', default: 0 },
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'updated_at', type: t.timestamp, default: t.now() },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('indicator');
    await queryRunner.dropTable('user_session', true, true, true);
    await queryRunner.dropTable('user_account');
  }
}
