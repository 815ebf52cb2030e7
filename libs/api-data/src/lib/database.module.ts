import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { AuditTrail } from './audit-trail';
import { DatabaseHealth } from './database-health';
import { migrate } from './migrate';
import { poolSqliteConnections } from './sqlite-connection-pool';

/** Connections to the SQLite file: enough for the background jobs and concurrent requests. */
const SQLITE_POOL_SIZE = 4;

/** The one database connection; the schema is migrated before anything else can use it. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.database),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('Database options are missing');
        const dataSource = await new DataSource(options).initialize();
        if (options.type === 'sqlite' && options.database !== ':memory:') poolSqliteConnections(dataSource, SQLITE_POOL_SIZE);
        await migrate(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [DatabaseHealth, AuditTrail],
  exports: [TypeOrmModule, DatabaseHealth, AuditTrail],
})
export class DatabaseModule {}
