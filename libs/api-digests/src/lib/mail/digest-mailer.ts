import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { renderAlertEmail, renderDigestEmail } from '../content/digest-template';
import { AlertEmailModel, DigestEmailModel, RenderedEmail } from '../content/email-model';
import { composeMessage, deliveryMessageId } from './compose-message';
import { EntityManager } from 'typeorm';
import { MAIL_DRIVER, MailDriver } from './mail-driver';

export interface Recipient {
  address: string;
  name: string | null;
}

/**
 * The e-mails the product sends, one method per kind (digest, alert, test digest), each rendered
 * from its template; `send` composes the MIME message and hands it to the configured driver.
 */
@Injectable()
export class DigestMailer implements OnApplicationShutdown {
  constructor(
    @Inject(MAIL_DRIVER) private readonly driver: MailDriver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get transport(): 'smtp' | 'outbox' {
    return this.driver.name;
  }

  digest(model: DigestEmailModel, chart: Buffer | null): RenderedEmail {
    return renderDigestEmail({ ...model, test: false }, chart);
  }

  alert(model: AlertEmailModel, chart: Buffer | null): RenderedEmail {
    return renderAlertEmail(model, chart);
  }

  test(model: DigestEmailModel, chart: Buffer | null): RenderedEmail {
    return renderDigestEmail({ ...model, test: true }, chart);
  }

  /** Sends one delivery's e-mail; `record` runs once it is accepted; resolves with the Message-ID. */
  async send(
    rendered: RenderedEmail,
    to: Recipient,
    delivery: { id: number; periodKey: string },
    unsubscribeUrl: string | null,
    record: (manager: EntityManager, messageId: string) => Promise<void>,
  ): Promise<string> {
    const messageId = deliveryMessageId(delivery.id, delivery.periodKey, this.config.mail.from);
    const mail = await composeMessage(rendered, { from: this.config.mail.from, to, messageId, unsubscribeUrl });
    await this.driver.send(mail, delivery.id, (manager) => record(manager, messageId));
    return messageId;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
