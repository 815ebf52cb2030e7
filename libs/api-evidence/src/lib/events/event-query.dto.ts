import { DayRangeQuery, EVIDENCE_DAYS, Optional, PageQueryDto } from '@kem/api-http';
import { EVENT_STATUSES, EventQuery, EventStatus } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';

export class EventQueryDto extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto) implements EventQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(64)
  indicator?: string;

  @ApiPropertyOptional({ description: 'Words to find in the title, summary or source' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, description: 'Analysts only, except published' })
  @Optional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc', description: 'By date: oldest (asc) or newest (desc) first' })
  @Optional()
  @IsIn(['asc', 'desc'])
  sort?: 'asc' | 'desc';
}
