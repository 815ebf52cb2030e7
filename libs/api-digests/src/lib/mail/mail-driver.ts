import { EntityManager } from 'typeorm';

/** An e-mail ready to go: the complete RFC 822 message and the SMTP envelope. */
export interface ComposedMail {
  raw: Buffer;
  envelope: { from: string; to: string[] };
  messageId: string;
  recipient: string;
  subject: string;
  /** Parts kept for reading in the dashboard (outbox); the HTML with inline images as data: URLs, made on demand. */
  html: () => string;
  text: string;
}

/** Records that the message was accepted; runs once the driver has handed it over. */
export type RecordAccepted = (manager: EntityManager) => Promise<void>;

/**
 * Where e-mail goes: an SMTP server, or the in-app outbox. `send` resolves once the message is
 * accepted and `record` has run; for the outbox both happen in one transaction.
 */
export interface MailDriver {
  readonly name: 'smtp' | 'outbox';
  send(mail: ComposedMail, deliveryId: number | null, record: RecordAccepted): Promise<void>;
  close(): Promise<void>;
}

export const MAIL_DRIVER = Symbol('MAIL_DRIVER');

/** A failure the receiving server reported as permanent (5xx): retrying will not help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
