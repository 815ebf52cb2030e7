import { IsCalendarDay, IsId, IsName, NestedArray, Nullable, Optional } from '@kem/api-http';
import type {
  CreateScenarioRequest,
  HeldLevelDto,
  HypotheticalEventDto,
  ProjectScenarioRequest,
  UpdateScenarioRequest,
} from '@kem/contracts';
import { SCENARIO_LIMITS } from '@kem/scoring';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const INDICATOR_KEY = /^[a-z][a-z0-9_]{0,63}$/;

export class HypotheticalEventBody implements HypotheticalEventDto {
  @ApiProperty({ description: 'Indicator key, e.g. cpc_pipeline' })
  @IsString()
  @Matches(INDICATOR_KEY, { message: 'indicatorKey must be an indicator key such as cpc_pipeline' })
  indicatorKey!: string;

  @ApiProperty({ minimum: 1, maximum: 5, type: 'integer' })
  @IsInt({ message: 'severity must be a whole number' })
  @Min(1)
  @Max(5)
  severity!: number;

  @ApiProperty({ description: 'First day, YYYY-MM-DD (up to a year before today, at most the horizon after it)' })
  @IsCalendarDay()
  start!: string;

  @ApiProperty({
    description: 'Days it lasts; null = ongoing past the horizon',
    nullable: true,
    minimum: 1,
    maximum: SCENARIO_LIMITS.maxDurationDays,
    type: 'integer',
  })
  @Nullable()
  @IsInt({ message: 'durationDays must be a whole number or null' })
  @Min(1)
  @Max(SCENARIO_LIMITS.maxDurationDays)
  durationDays!: number | null;

  @ApiPropertyOptional({
    description: 'Legislative stage reached (stage indicators); null or absent = an enforcement event',
    nullable: true,
    type: String,
  })
  @Nullable()
  @IsString()
  @Matches(/^[a-z_]{1,40}$/, { message: 'stage must be a stage key such as adopted' })
  stage?: string | null;

  @ApiPropertyOptional({ description: 'What the event stands for', nullable: true, maxLength: 120, type: String })
  @Nullable()
  @IsString()
  @MaxLength(120)
  label?: string | null;
}

export class HeldLevelBody implements HeldLevelDto {
  @ApiProperty({ description: 'Indicator key' })
  @IsString()
  @Matches(INDICATOR_KEY, { message: 'indicatorKey must be an indicator key such as cpc_pipeline' })
  indicatorKey!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'level must be a number' })
  @Min(0)
  @Max(100)
  level!: number;

  @ApiProperty({ description: 'First day held, YYYY-MM-DD' })
  @IsCalendarDay()
  from!: string;

  @ApiProperty({ description: 'Last day held, YYYY-MM-DD' })
  @IsCalendarDay()
  to!: string;
}

export class ProjectScenarioDto implements ProjectScenarioRequest {
  @ApiProperty({ type: [HypotheticalEventBody], maxItems: SCENARIO_LIMITS.maxEvents })
  @NestedArray(() => HypotheticalEventBody, SCENARIO_LIMITS.maxEvents)
  events!: HypotheticalEventBody[];

  @ApiProperty({ type: [HeldLevelBody], maxItems: SCENARIO_LIMITS.maxHolds })
  @NestedArray(() => HeldLevelBody, SCENARIO_LIMITS.maxHolds)
  holds!: HeldLevelBody[];

  @ApiPropertyOptional({
    minimum: SCENARIO_LIMITS.minHorizonMonths,
    maximum: SCENARIO_LIMITS.maxHorizonMonths,
    default: 12,
    type: 'integer',
  })
  @Optional()
  @IsInt({ message: 'horizonMonths must be a whole number' })
  @Min(SCENARIO_LIMITS.minHorizonMonths)
  @Max(SCENARIO_LIMITS.maxHorizonMonths)
  horizonMonths?: number;

  @ApiPropertyOptional({ description: 'Also project this footprint (yours); null = the country only', nullable: true, type: 'integer' })
  @Nullable()
  @IsId()
  footprintId?: number | null;
}

export class CreateScenarioDto extends ProjectScenarioDto implements CreateScenarioRequest {
  @ApiProperty({ maxLength: 120 })
  @IsName(120)
  name!: string;

  @ApiPropertyOptional({ description: 'Notes; null clears them', nullable: true, maxLength: 2000, type: String })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Readable by every signed-in user who has the link', default: false })
  @Optional()
  @IsBoolean()
  shared?: boolean;
}

export class UpdateScenarioDto extends PartialType(CreateScenarioDto, { skipNullProperties: false }) implements UpdateScenarioRequest {}

export class CompareQueryDto {
  @ApiProperty({ description: 'Two to four scenario ids, comma-separated, e.g. 3,7' })
  @IsString()
  @Matches(/^\d{1,10}(,\d{1,10}){1,3}$/, { message: 'ids must be two to four scenario ids separated by commas' })
  ids!: string;
}
