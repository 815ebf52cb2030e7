import { DayRangeQuery, EVIDENCE_DAYS, Optional, PageQueryDto } from '@kem/api-http';
import { EVENT_STATUSES, EVENT_TEXT_MIN_LENGTH, EventQuery, EventStatus } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class EventQueryDto extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto) implements EventQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(64)
  indicator?: string;

  @ApiPropertyOptional({
    description: `Text to find in the title, summary or source (ignoring case): blank for none, else at least ${EVENT_TEXT_MIN_LENGTH} characters`,
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  @Matches(new RegExp(`^\\s*$|\\S.{${EVENT_TEXT_MIN_LENGTH - 2},}\\S`, 'su'), {
    message: `$property must be blank or at least ${EVENT_TEXT_MIN_LENGTH} characters: a shorter text is in nearly every event`,
  })
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
