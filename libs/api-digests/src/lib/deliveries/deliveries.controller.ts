import { CLOCK, Clock } from '@kem/api-config';
import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { AuditTrail, DeliveryEntity } from '@kem/api-data';
import { ConflictError, InvalidInputError, NotFoundError, ParseIdPipe, escapeLike, startOfNextDay } from '@kem/api-http';
import { DeliveryView, Page } from '@kem/contracts';
import { Controller, Get, HttpCode, Param, Post, Query, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DeliveryQueryDto } from './delivery-query.dto';
import { toDeliveryView } from './delivery-view';


/** The delivery log: every digest, alert and test e-mail with its status, attempts and last error. */
@ApiTags('digests')
@ApiCookieAuth()
@ApiBearerAuth()
@RequireRole('admin')
@Controller('deliveries')
export class DeliveriesController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries, newest first, filterable by status, kind, subscription, recipient and day (admin)' })
  async list(@Query() q: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    if (q.from && q.to && q.from > q.to) throw InvalidInputError.field('to', `must not be before from (${q.from})`);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const qb = this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('d.kind = :kind', { kind: q.kind });
    if (q.subscriptionId) qb.andWhere('d.subscriptionId = :sid', { sid: q.subscriptionId });
    if (q.recipient) qb.andWhere("LOWER(d.recipient) LIKE :recipient ESCAPE '\\'", { recipient: `%${escapeLike(q.recipient.toLowerCase())}%` });
    if (q.from) qb.andWhere('d.createdAt >= :from', { from: new Date(`${q.from}T00:00:00Z`) });
    if (q.to) qb.andWhere('d.createdAt < :to', { to: startOfNextDay(q.to) });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toDeliveryView), total, page, pageSize };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Queue a failed or cancelled delivery again, with a fresh set of attempts; the next due check sends it (admin)' })
  async retry(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<DeliveryView> {
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOneBy(DeliveryEntity, { id });
      if (!delivery) throw new NotFoundError(`Delivery ${id} does not exist`);
      if (delivery.status !== 'failed' && delivery.status !== 'cancelled') {
        throw new ConflictError(`Delivery ${id} is ${delivery.status}; only failed or cancelled deliveries can be queued again`);
      }
      await manager.update(DeliveryEntity, { id }, { status: 'pending', attempts: 0, nextAttemptAt: this.clock.now(), claimToken: null });
      await this.audit.record(manager, user, { action: 'delivery.retry', entityType: 'delivery', entityId: id, before: { status: delivery.status, lastError: delivery.lastError } });
      return toDeliveryView(await manager.findOneByOrFail(DeliveryEntity, { id }));
    });
  }
}
