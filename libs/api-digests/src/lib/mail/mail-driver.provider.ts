import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAIL_DRIVER, MailDriver } from './mail-driver';
import { OutboxDriver } from './outbox-driver';
import { SmtpDriver } from './smtp-driver';

/** SMTP when SMTP_URL is set, the in-app outbox otherwise. */
export const mailDriverProvider: Provider = {
  provide: MAIL_DRIVER,
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, dataSource: DataSource): MailDriver =>
    config.mail.smtpUrl ? new SmtpDriver(config.mail.smtpUrl, dataSource) : new OutboxDriver(dataSource),
};
