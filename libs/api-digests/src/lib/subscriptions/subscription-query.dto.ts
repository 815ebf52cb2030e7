import { Optional, PageQueryDto } from '@kem/api-http';
import { SubscriptionQuery } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class SubscriptionQueryDto extends PageQueryDto implements Omit<SubscriptionQuery, 'active'> {
  @ApiPropertyOptional({ description: 'Part of the e-mail address or display name' })
  @Optional()
  @IsString()
  @MaxLength(254)
  q?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @Optional()
  @IsIn(['true', 'false'], { message: 'active must be true or false' })
  active?: string;

  @ApiPropertyOptional({ description: 'Weight profile slug' })
  @Optional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;
}
