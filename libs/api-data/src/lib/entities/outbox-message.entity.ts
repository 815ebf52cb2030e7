import { Column, Entity, Index } from 'typeorm';
import { Reference } from './base/columns';
import { DeliveryEntity } from './delivery.entity';
import { CreatedRow } from './base/rows';

/**
 * An e-mail kept in the in-app outbox (no SMTP_URL): the complete RFC 822 message as SMTP would
 * have carried it (the .eml download), plus its parts for reading in the dashboard.
 */
@Entity('outbox_message')
@Index(['createdAt'])
export class OutboxMessageEntity extends CreatedRow {
  @Column({ name: 'delivery_id', type: 'integer', nullable: true })
  deliveryId!: number | null;

  @Reference(() => DeliveryEntity, 'delivery_id', 'SET NULL')
  delivery?: DeliveryEntity | null;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'message_id', type: 'varchar', length: 255 })
  messageId!: string;

  /** The whole message (7-bit MIME: headers, text, HTML and the chart PNG in base64). */
  @Column({ type: 'text' })
  raw!: string;

  /** HTML part with inline images as data: URLs. */
  @Column({ name: 'html_part', type: 'text' })
  htmlPart!: string;

  @Column({ name: 'text_part', type: 'text' })
  textPart!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;
}
