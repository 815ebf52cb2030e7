import { DayRangeQuery, EVIDENCE_DAYS, Optional, PageQueryDto } from '@kem/api-http';
import { ObservationQuery } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ObservationQueryDto extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto) implements ObservationQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(64)
  indicator?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(64)
  series?: string;
}
