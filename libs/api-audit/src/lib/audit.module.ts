import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log.service';

/** The audit log, read by admins; every feature writes to it through AuditTrail. */
@Module({ controllers: [AuditController], providers: [AuditLog] })
export class AuditModule {}
