import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';

/** The audit log, read by admins; every feature writes to it through AuditTrail. */
@Module({ controllers: [AuditController] })
export class AuditModule {}
