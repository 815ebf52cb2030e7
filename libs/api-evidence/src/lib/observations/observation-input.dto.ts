import { EVIDENCE_DAYS, IsDayWithin, Nullable } from '@kem/api-http';
import { Confidence, CONFIDENCE_LEVELS, ObservationInput } from '@kem/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsNumber, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsSourceName, IsSourceUrl } from '../events/source-rules';

export class ObservationInputDto implements ObservationInput {
  @ApiProperty({ example: 'trade_russia' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'indicatorKey must be an indicator key such as trade_russia' })
  indicatorKey!: string;

  @ApiProperty({ example: 'russia_trade_share' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'series must be lower-case letters, digits and _' })
  series!: string;

  @ApiProperty({ example: '2023-12-31', description: `From ${EVIDENCE_DAYS.earliest} to a year after today` })
  @IsDayWithin(EVIDENCE_DAYS)
  date!: string;

  @ApiProperty({ example: 21.4, description: 'Bounded by unit: % in [0, 100], "% of …" within ±1000, others within ±1e12' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a finite number' })
  value!: number;

  @ApiProperty({ example: '%' })
  @IsString()
  @Length(1, 60)
  unit!: string;

  @ApiProperty()
  @IsSourceName()
  sourceName!: string;

  @ApiProperty()
  @IsSourceUrl()
  sourceUrl!: string;

  @ApiProperty({ enum: CONFIDENCE_LEVELS })
  @IsIn(CONFIDENCE_LEVELS)
  confidence!: Confidence;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Free-text note; null clears it' })
  @Nullable()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2024',
    description: "The period the value describes: 'YYYY' (a year) or 'YYYY-MM' (a part-year ending with that month); null clears it",
  })
  @Nullable()
  @IsString()
  @Matches(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, { message: "period must be a year 'YYYY' or a part-year 'YYYY-MM'" })
  period?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2025-02-26',
    description: 'Day the figure was published (its edition); null clears it',
  })
  @Nullable()
  @IsDayWithin(EVIDENCE_DAYS)
  vintage?: string | null;
}

/** Any subset of the fields; null only for note (clears it), otherwise 400. */
export class ObservationPatchDto extends PartialType(ObservationInputDto, { skipNullProperties: false }) {}
