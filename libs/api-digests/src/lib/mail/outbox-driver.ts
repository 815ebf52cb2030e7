import { OutboxMessageEntity } from '@kem/api-data';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComposedMail, MailDriver, RecordAccepted } from './mail-driver';

/**
 * The embedded default without SMTP_URL: messages are stored in the outbox table, complete (the
 * RFC 822 text SMTP would carry, downloadable as .eml) and in parts for reading in the dashboard.
 * Storing and recording the delivery share one transaction, so the outbox gets each message once.
 */
export class OutboxDriver implements MailDriver {
  readonly name = 'outbox' as const;
  private readonly logger = new Logger(OutboxDriver.name);

  constructor(private readonly dataSource: DataSource) {
    this.logger.log('No SMTP_URL: e-mail goes to the in-app outbox');
  }

  async send(mail: ComposedMail, deliveryId: number | null, record: RecordAccepted): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(OutboxMessageEntity, {
        deliveryId,
        recipient: mail.recipient,
        subject: mail.subject.slice(0, 300),
        messageId: mail.messageId,
        raw: mail.raw.toString('utf8'),
        htmlPart: mail.html(),
        textPart: mail.text,
        sizeBytes: mail.raw.length,
      });
      await record(manager);
    });
  }

  async close(): Promise<void> {
    return;
  }
}
