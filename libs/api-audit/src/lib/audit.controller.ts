import { ReadEndpoint, RequireRole } from '@kem/api-auth';
import { ROUTES } from '@kem/api-http';
import { AuditEntryView, Page } from '@kem/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditLog } from './audit-log.service';
import { AuditQueryDto } from './audit-query.dto';

@ApiTags('audit')
@RequireRole('admin')
@Controller()
export class AuditController {
  constructor(private readonly log: AuditLog) {}

  @ReadEndpoint(ROUTES.audit, 'AuditEntryViewPage', {
    summary: 'Every change made by analysts and admins, newest first, with before and after (admin)',
  })
  list(@Query() q: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.log.list(q);
  }
}
