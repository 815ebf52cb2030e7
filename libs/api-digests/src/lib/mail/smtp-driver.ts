import { Logger } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { ComposedMail, MailDriver, RecordAccepted } from './mail-driver';

/** Connections kept open to the SMTP server, and how long to wait for it before giving the attempt up. */
const POOL_CONNECTIONS = 4;
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * Sends over SMTP with nodemailer (SMTP_URL), through a small pool of connections. The message
 * goes out exactly as composed (raw), so what the server receives is what the outbox would store.
 */
export class SmtpDriver implements MailDriver {
  readonly name = 'smtp' as const;
  private readonly logger = new Logger(SmtpDriver.name);
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly dataSource: DataSource,
  ) {
    this.transport = createTransport({ url: smtpUrl, pool: true, maxConnections: POOL_CONNECTIONS, maxMessages: Infinity, ...TIMEOUTS });
    this.logger.log(`E-mail goes out by SMTP to ${new URL(smtpUrl).host}`);
  }

  async send(mail: ComposedMail, _deliveryId: number | null, record: RecordAccepted): Promise<void> {
    await this.transport.sendMail({ envelope: mail.envelope, raw: mail.raw });
    // Between the server's "250 accepted" above and this write lies the window of the documented
    // at-least-once guarantee: a crash here leaves the delivery claimed, and it is sent again.
    await record(this.dataSource.manager);
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
