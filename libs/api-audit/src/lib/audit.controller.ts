import { ApiController, ReadEndpoint } from '@kem/api-auth';
import { ROUTES } from '@kem/api-http';
import { AuditEntryView, Page } from '@kem/contracts';
import { Query } from '@nestjs/common';
import { AuditLog } from './audit-log.service';
import { AuditQueryDto } from './audit-query.dto';

@ApiController('audit', { access: 'admin' })
export class AuditController {
  constructor(private readonly log: AuditLog) {}

  @ReadEndpoint(ROUTES.audit, 'AuditEntryViewPage', {
    summary: 'Every change made by analysts and admins, newest first, with before and after (admin)',
  })
  list(@Query() q: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.log.list(q);
  }
}
