import { RequireRole } from '@kem/api-auth';
import { AuditEntryEntity } from '@kem/api-data';
import { InvalidInputError, escapeLike, startOfNextDay } from '@kem/api-http';
import { AuditEntryView, Page } from '@kem/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditQueryDto } from './audit-query.dto';

function toView(e: AuditEntryEntity): AuditEntryView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  };
}

@ApiTags('audit')
@ApiCookieAuth()
@ApiBearerAuth()
@RequireRole('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Every change made by analysts and admins, newest first, with before and after (admin)' })
  async list(@Query() q: AuditQueryDto): Promise<Page<AuditEntryView>> {
    if (q.from && q.to && q.from > q.to) throw InvalidInputError.field('to', `must not be before from (${q.from})`);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (q.action) {
      if (q.action.endsWith('.')) qb.andWhere("a.action LIKE :action ESCAPE '\\'", { action: `${escapeLike(q.action)}%` });
      else qb.andWhere('a.action = :action', { action: q.action });
    }
    if (q.entityType) qb.andWhere('a.entityType = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('a.entityId = :entityId', { entityId: q.entityId });
    if (q.actor) qb.andWhere("LOWER(a.actorEmail) LIKE :actor ESCAPE '\\'", { actor: `%${escapeLike(q.actor.toLowerCase())}%` });
    if (q.from) qb.andWhere('a.at >= :from', { from: new Date(`${q.from}T00:00:00Z`) });
    if (q.to) qb.andWhere('a.at < :to', { to: startOfNextDay(q.to) });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toView), total, page, pageSize };
  }
}
