import { DayRangeQuery, EVIDENCE_DAYS, Optional, OptionalOneOf, PageQueryDto } from '@kem/api-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export const AUDITED_ENTITIES = ['event', 'observation', 'user', 'profile', 'subscription', 'delivery'] as const;

export class AuditQueryDto extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto) {
  @ApiPropertyOptional({ description: 'Action or its prefix, e.g. event. or weights.save' })
  @Optional()
  @MaxLength(64)
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/, { message: 'action must look like event.update or event.' })
  action?: string;

  @OptionalOneOf(AUDITED_ENTITIES)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Id of the changed record (with entityType)' })
  @Optional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ description: 'Part of the e-mail of who made the change' })
  @Optional()
  @IsString()
  @MaxLength(254)
  actor?: string;
}
