import { IsCalendarDay, PageQueryDto } from '@kem/api-http';
import { EVENT_STATUSES, EventQuery, EventStatus } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class EventQueryDto extends PageQueryDto implements EventQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  indicator?: string;

  @ApiPropertyOptional({ description: 'First day, inclusive (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day, inclusive (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDay()
  to?: string;

  @ApiPropertyOptional({ description: 'Words to find in the title, summary or source' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, description: 'Analysts only, except published' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc', description: 'By date: oldest (asc) or newest (desc) first' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort?: 'asc' | 'desc';

}
