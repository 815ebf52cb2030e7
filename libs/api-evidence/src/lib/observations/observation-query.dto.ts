import { IsCalendarDay, PageQueryDto } from '@kem/api-http';
import { ObservationQuery } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ObservationQueryDto extends PageQueryDto implements ObservationQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  indicator?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  series?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDay()
  to?: string;

}
