import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes } from './portable-types';

export class Platform1764000000000 implements MigrationInterface {
  name = 'Platform1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          t.id,
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'display_name', type: 'varchar', length: '120', isNullable: true },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'active', type: 'boolean', default: t.boolean(true) },
          ...t.timestamps,
          { name: 'last_login_at', type: t.timestamp, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_session',
        columns: [
          t.id,
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'user_id', type: 'integer' },
          t.createdAt,
          { name: 'expires_at', type: t.timestamp },
        ],
      }),
    );
    await queryRunner.createIndex('user_session', new TableIndex({ columnNames: ['user_id'] }));
    await queryRunner.createIndex('user_session', new TableIndex({ columnNames: ['expires_at'] }));
    await queryRunner.createForeignKey('user_session', foreignKey('user_id', 'user_account', 'CASCADE'));
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
          ...t.timestamps,
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
