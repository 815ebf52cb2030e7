import { EVIDENCE_DAYS, IsDayWithin, IsId, Nullable, Optional, OptionalOneOf } from '@kem/api-http';
import {
  Confidence,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  DatePrecision,
  EVENT_LIFECYCLES,
  EVENT_STATUSES,
  EventInput,
  EventLifecycleView,
  EventStatus,
} from '@kem/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsSourceName, IsSourceUrl } from './source-rules';

export class EventInputDto implements EventInput {
  @ApiProperty({ example: 'cpc_pipeline' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'indicatorKey must be an indicator key such as cpc_pipeline' })
  indicatorKey!: string;

  @ApiProperty({
    example: '2022-03-22',
    description: `Day the event happened (or began), from ${EVIDENCE_DAYS.earliest} to a year after today`,
  })
  @IsDayWithin(EVIDENCE_DAYS)
  date!: string;

  @OptionalOneOf(DATE_PRECISIONS, { default: 'day' })
  datePrecision?: DatePrecision;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Last day of an ongoing disruption; null clears it (a one-off event)' })
  @Nullable()
  @IsDayWithin(EVIDENCE_DAYS)
  endDate?: string | null;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @Length(3, 4000)
  summary!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  severity!: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Legislative stage key, for stage-scored indicators only; null clears it',
  })
  @Nullable()
  @IsString()
  @MaxLength(40)
  stage?: string | null;

  @ApiProperty({ maxLength: 200 })
  @IsSourceName()
  sourceName!: string;

  @ApiProperty({ example: 'https://www.rferl.org/a/…' })
  @IsSourceUrl()
  sourceUrl!: string;

  @ApiProperty({ enum: CONFIDENCE_LEVELS })
  @IsIn(CONFIDENCE_LEVELS)
  confidence!: Confidence;

  @OptionalOneOf(EVENT_STATUSES, { default: 'published' })
  status?: EventStatus;

  @ApiPropertyOptional({
    enum: EVENT_LIFECYCLES,
    default: 'unknown',
    description:
      'ongoing: held at full impact until an end date is entered; ended: ends on endDate (or date); unknown: held for the indicator’s bounded time, then decays and is flagged',
  })
  @Optional()
  @IsIn(EVENT_LIFECYCLES)
  lifecycle?: EventLifecycleView;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The event this one follows up (same indicator; itself no follow-up): the family counts once. null clears it',
  })
  @Nullable()
  @IsId()
  parentId?: number | null;
}

/** Any subset of the fields; null only where documented (endDate, stage clear them), otherwise 400. */
export class EventPatchDto extends PartialType(EventInputDto, { skipNullProperties: false }) {}
