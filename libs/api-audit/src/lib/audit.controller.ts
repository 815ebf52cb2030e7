import { RequireRole } from '@kem/api-auth';
import { ApiView, ROUTES } from '@kem/api-http';
import { AuditEntryView, Page } from '@kem/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLog } from './audit-log.service';
import { AuditQueryDto } from './audit-query.dto';

@ApiTags('audit')
@RequireRole('admin')
@Controller()
export class AuditController {
  constructor(private readonly log: AuditLog) {}

  @ApiView('AuditEntryViewPage')
  @Get(ROUTES.audit)
  @ApiOperation({ summary: 'Every change made by analysts and admins, newest first, with before and after (admin)' })
  list(@Query() q: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.log.list(q);
  }
}
