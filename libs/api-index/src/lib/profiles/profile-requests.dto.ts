import { AggregationMethodName, CreateProfileRequest, SaveVersionRequest, UpdateProfileRequest } from '@kem/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsId, Optional } from '@kem/api-http';
import { MAX_WEIGHT } from '@kem/scoring';
import { IsBoolean, IsIn, IsNumber, IsObject, IsString, Length, Matches, Max, Min } from 'class-validator';

export class SaveVersionDto implements SaveVersionRequest {
  @ApiProperty({ example: { cpc_pipeline: 30, trade_russia: 15 }, description: `One weight 0–${MAX_WEIGHT} per indicator key` })
  @IsObject()
  weights!: Record<string, number>;

  @ApiProperty({ enum: ['arithmetic', 'geometric'] })
  @IsIn(['arithmetic', 'geometric'])
  method!: AggregationMethodName;

  @ApiPropertyOptional({
    example: 0.25,
    minimum: 0,
    maximum: 1,
    description:
      'Peak-channel λ, 0 (plain weighted mean) to 1 (highest indicator score); left out: the profile’s current λ (new profile: 0.25)',
  })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'peakChannel must be a number from 0 to 1' })
  @Min(0, { message: 'peakChannel must be a number from 0 to 1' })
  @Max(1, { message: 'peakChannel must be a number from 0 to 1' })
  peakChannel?: number;

  @ApiProperty({ example: 'CPC exposure raised after the 2025 drone strikes' })
  @IsString()
  @Length(3, 1000)
  note!: string;
}

export class CreateProfileDto extends SaveVersionDto implements CreateProfileRequest {
  @ApiProperty({ example: 'Mining' })
  @IsString()
  @Length(2, 120)
  name!: string;

  @ApiProperty()
  @IsString()
  @Length(10, 2000)
  description!: string;

  @ApiPropertyOptional({ example: 'mining' })
  @Optional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case words joined by hyphens' })
  @Length(2, 60)
  slug?: string;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(10, 2000)
  description?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  archived?: boolean;
}

export class RevertDto {
  @ApiProperty({ example: 'The March change over-weighted CPC' })
  @IsString()
  @Length(3, 1000)
  note!: string;
}

export class ProfileListQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true also lists archived profiles (admins only)' })
  @Optional()
  @IsIn(['true', 'false'], { message: 'includeArchived must be true or false' })
  includeArchived?: string;
}

export class DiffQueryDto {
  @ApiProperty({ description: 'Version number to compare from' })
  @IsId()
  from!: number;

  @ApiProperty({ description: 'Version number to compare to' })
  @IsId()
  to!: number;
}
