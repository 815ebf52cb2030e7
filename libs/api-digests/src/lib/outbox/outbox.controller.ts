import { RequireRole } from '@kem/api-auth';
import { OutboxMessageEntity } from '@kem/api-data';
import { NotFoundError, ParseIdPipe } from '@kem/api-http';
import { OutboxMessageDetailView, OutboxMessageView, Page } from '@kem/contracts';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { OutboxQueryDto } from './outbox-query.dto';

const toView = (m: OutboxMessageEntity): OutboxMessageView => ({
  id: m.id,
  deliveryId: m.deliveryId,
  recipient: m.recipient,
  subject: m.subject,
  messageId: m.messageId,
  sizeBytes: m.sizeBytes,
  createdAt: m.createdAt.toISOString(),
});

/** The in-app outbox (no SMTP_URL): what would have been sent, to read or download as .eml. */
@ApiTags('digests')
@ApiCookieAuth()
@ApiBearerAuth()
@RequireRole('admin')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Messages in the outbox, newest first (admin)' })
  async list(@Query() q: OutboxQueryDto): Promise<Page<OutboxMessageView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.dataSource.getRepository(OutboxMessageEntity).findAndCount({
      select: { id: true, deliveryId: true, recipient: true, subject: true, messageId: true, sizeBytes: true, createdAt: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toView), total, page, pageSize };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One message with its HTML (images inlined) and text parts (admin)' })
  async get(@Param('id', ParseIdPipe) id: number): Promise<OutboxMessageDetailView> {
    const message = await this.find(id);
    return { ...toView(message), html: message.htmlPart, text: message.textPart };
  }

  @Get(':id/eml')
  @ApiProduces('message/rfc822')
  @ApiOperation({ summary: 'The message exactly as SMTP would have carried it, as an .eml download (admin)' })
  async eml(@Param('id', ParseIdPipe) id: number, @Res() res: Response): Promise<void> {
    const message = await this.find(id);
    res.setHeader('Content-Type', 'message/rfc822');
    res.setHeader('Content-Disposition', `attachment; filename="kem-message-${message.id}.eml"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(Buffer.from(message.raw, 'utf8'));
  }

  private async find(id: number): Promise<OutboxMessageEntity> {
    const message = await this.dataSource.getRepository(OutboxMessageEntity).findOneBy({ id });
    if (!message) throw new NotFoundError(`Outbox message ${id} does not exist`);
    return message;
  }
}
