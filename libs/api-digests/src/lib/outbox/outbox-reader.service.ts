import { OutboxMessageEntity } from '@kem/api-data';
import { NotFoundError, pageWindow } from '@kem/api-http';
import { OutboxMessageDetailView, OutboxMessageView, Page } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
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

/** The in-app outbox (no SMTP_URL) as admins read it: what would have been sent. */
@Injectable()
export class OutboxReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, without the message bodies. */
  async list(q: OutboxQueryDto): Promise<Page<OutboxMessageView>> {
    const { page, pageSize, skip, take } = pageWindow(q);
    const [rows, total] = await this.dataSource.getRepository(OutboxMessageEntity).findAndCount({
      select: { id: true, deliveryId: true, recipient: true, subject: true, messageId: true, sizeBytes: true, createdAt: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { items: rows.map(toView), total, page, pageSize };
  }

  async detail(id: number): Promise<OutboxMessageDetailView> {
    const message = await this.message(id);
    return { ...toView(message), html: message.htmlPart, text: message.textPart };
  }

  /** The stored message, raw MIME included. */
  async message(id: number): Promise<OutboxMessageEntity> {
    const message = await this.dataSource.getRepository(OutboxMessageEntity).findOneBy({ id });
    if (!message) throw new NotFoundError(`Outbox message ${id} does not exist`);
    return message;
  }
}
