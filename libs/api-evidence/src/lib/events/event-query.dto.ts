import { DayRangeQuery, EVIDENCE_DAYS, Optional, OptionalOneOf, PageQueryDto } from '@kem/api-http';
import { EVENT_STATUSES, EVENT_TEXT_MIN_LENGTH, EventQuery, EventStatus } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

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

  @OptionalOneOf(EVENT_STATUSES, { description: 'Analysts only, except published' })
  status?: EventStatus;

  @OptionalOneOf(['asc', 'desc'], { default: 'desc', description: 'By date: oldest (asc) or newest (desc) first' })
  sort?: 'asc' | 'desc';
}
