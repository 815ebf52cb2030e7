import { IsCalendarDay } from '@kem/api-http';
import { IndexInterval } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

export class ProfileQueryDto {
  @ApiPropertyOptional({ default: 'default', description: 'Weight profile slug, e.g. energy-exporter' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;
}

export class RangeQueryDto extends ProfileQueryDto {
  @ApiPropertyOptional({ description: 'First day (YYYY-MM-DD); default the start of the history' })
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

export class IndexQueryDto extends RangeQueryDto {
  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'day', description: 'week/month: period averages, dated by the period’s last day' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  interval?: IndexInterval;
}
