import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

export class Platform1764000000000 implements MigrationInterface {
  name = 'Platform1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      table('user_account', [
        t.id,
        t.varchar('email', 254, { unique: true }),
        t.varchar('display_name', 120, { nullable: true }),
        t.varchar('password_hash', 255),
        t.varchar('role', 16),
        t.boolean('active', { default: true }),
        ...t.timestamps,
        t.timestamp('last_login_at', { nullable: true }),
      ]),
    );
    await queryRunner.createTable(
      table('user_session', [
        t.id,
        t.varchar('token_hash', 64, { unique: true }),
        t.integer('user_id'),
        t.createdAt,
        t.timestamp('expires_at'),
      ]),
    );
    await queryRunner.createIndex('user_session', new TableIndex({ columnNames: ['user_id'] }));
    await queryRunner.createIndex('user_session', new TableIndex({ columnNames: ['expires_at'] }));
    await queryRunner.createForeignKey('user_session', foreignKey('user_id', 'user_account', 'CASCADE'));
    await queryRunner.createTable(
      table('indicator', [
        t.varchar('key', 64, { primary: true }),
        t.varchar('name', 120),
        t.varchar('category', 40),
        t.text('description'),
        t.text('method'),
        t.double('default_weight'),
        t.integer('position', { default: 0 }),
        ...t.timestamps,
      ]),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('indicator');
    await queryRunner.dropTable('user_session', true, true, true);
    await queryRunner.dropTable('user_account');
  }
}
