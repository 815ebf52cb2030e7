import { DayBounds, DayRangeQuery, Optional } from '@kem/api-http';
import { IndexInterval } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { HISTORY_START } from '../build/evidence-snapshot';

/**
 * The days the materialised index holds: from the start of the history to today (one day of grace
 * for callers east of UTC, whose today is already tomorrow in UTC). Every index range is bounded
 * by them, so no request can make the API compute or serialise days that do not exist.
 */
export const INDEX_DAYS: DayBounds = { earliest: HISTORY_START, daysAfterToday: 1, describe: 'the days the index holds' };

export class ProfileQueryDto {
  @ApiPropertyOptional({ default: 'default', description: 'Weight profile slug, e.g. energy-exporter' })
  @Optional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;
}

/** A profile and a range of days within INDEX_DAYS (from ≤ to). */
export class RangeQueryDto extends DayRangeQuery(INDEX_DAYS, ProfileQueryDto) {}

export class IndexQueryDto extends RangeQueryDto {
  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'day', description: 'week/month: period averages, dated by the period’s last day' })
  @Optional()
  @IsIn(['day', 'week', 'month'])
  interval?: IndexInterval;
}
