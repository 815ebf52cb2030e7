import { DayBounds, DayRangeQuery, IsDayWithin, Optional } from '@kem/api-http';
import { INDEX_INTERVALS, IndexInterval, METHOD_VERSIONS, MethodVersionView } from '@kem/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Matches } from 'class-validator';
import { HISTORY_START } from '../build/evidence-snapshot';

/**
 * The days the materialised index holds: from the start of the history to today (one day of grace
 * for callers east of UTC, whose today is already tomorrow in UTC). Every index range is bounded
 * by them, so no request can make the API compute or serialise days that do not exist.
 */
export const INDEX_DAYS: DayBounds = { earliest: HISTORY_START, daysAfterToday: 1, describe: 'the days the index holds' };

/** Point in time: no later than today (the index as known on a future day is today's). */
export const AS_OF_DAYS: DayBounds = { earliest: HISTORY_START, daysAfterToday: 0, describe: 'the days the index holds, up to today' };

/** A series' resolution: days, or week/month averages. */
const IntervalOption = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: INDEX_INTERVALS,
      default: 'day',
      description: 'week/month: period averages, dated by the period’s last day',
    }),
    Optional(),
    IsIn(INDEX_INTERVALS),
  );

export class ProfileQueryDto {
  @ApiPropertyOptional({ default: 'default', description: 'Weight profile slug, e.g. energy-exporter' })
  @Optional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;
}

/** ?method=1 serves the previous scoring method's series for comparison; 2 (the default) is the current one. */
export class MethodQueryDto extends ProfileQueryDto {
  @ApiPropertyOptional({ enum: [1, 2], default: 2, description: 'Scoring method version: 2 (default) or 1 (previous, for comparison)' })
  @Optional()
  @Type(() => Number)
  @IsIn([...METHOD_VERSIONS], { message: 'method must be 1 or 2' })
  method?: MethodVersionView;
}

/** Latest value, optionally as known on a past day (point in time, method 2). */
export class LatestQueryDto extends MethodQueryDto {
  @ApiPropertyOptional({
    description:
      'Point in time YYYY-MM-DD: the index as known on that day — only evidence recorded by then (method 2; computed on demand, cached)',
  })
  @Optional()
  @IsDayWithin(AS_OF_DAYS)
  asOf?: string;
}

/** A profile and a range of days within INDEX_DAYS (from ≤ to). */
export class RangeQueryDto extends DayRangeQuery(INDEX_DAYS, ProfileQueryDto) {}

/** A range with the method version (explain, scores, indicator series). */
export class MethodRangeQueryDto extends DayRangeQuery(INDEX_DAYS, MethodQueryDto) {}

export class IndexQueryDto extends DayRangeQuery(INDEX_DAYS, LatestQueryDto) {
  @IntervalOption()
  interval?: IndexInterval;
}

/** The overview: a profile, a range and its resolution (as known today, method 2). */
export class OverviewQueryDto extends DayRangeQuery(INDEX_DAYS, ProfileQueryDto) {
  @IntervalOption()
  interval?: IndexInterval;
}
