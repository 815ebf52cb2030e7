import { Nullable } from '@kem/api-http';
import { IndicatorReviewInput } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class IndicatorReviewDto implements IndicatorReviewInput {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'What was checked, e.g. "CPC loadings normal per Reuters and the CPC site" (optional)',
  })
  @Nullable()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
