import { SubscriptionQuery } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class SubscriptionQueryDto implements Omit<SubscriptionQuery, 'active'> {
  @ApiPropertyOptional({ description: 'Part of the e-mail address or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  q?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'active must be true or false' })
  active?: string;

  @ApiPropertyOptional({ description: 'Weight profile slug' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}
