import { DayRangeQuery, EVIDENCE_DAYS, IsId, Optional, OptionalOneOf, PageQueryDto } from '@kem/api-http';
import { DELIVERY_KINDS, DELIVERY_STATUSES, DeliveryKind, DeliveryQuery, DeliveryStatus } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Deliveries by status, kind, subscription, recipient and day created (UTC, from/to inclusive). */
export class DeliveryQueryDto extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto) implements DeliveryQuery {
  @OptionalOneOf(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @OptionalOneOf(DELIVERY_KINDS)
  kind?: DeliveryKind;

  @ApiPropertyOptional()
  @Optional()
  @IsId()
  subscriptionId?: number;

  @ApiPropertyOptional({ description: 'Part of the recipient address' })
  @Optional()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}
