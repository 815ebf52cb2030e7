import { IsId, Nullable, Optional, PageQueryDto } from '@kem/api-http';
import { TriageCorrection, TriageMerge, TriageQuery, TriageRejection } from '@kem/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

export class TriageQueryDto extends PageQueryDto implements TriageQuery {}

export class TriageCorrectionDto implements TriageCorrection {
  @ApiPropertyOptional({ example: 'cpc_pipeline', description: 'The indicator instead of the suggested one' })
  @Optional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'indicatorKey must be an indicator key such as cpc_pipeline' })
  indicatorKey?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'The severity instead of the suggested one' })
  @Optional()
  @IsInt({ message: 'severity must be a whole number from 1 to 5' })
  @Min(1)
  @Max(5)
  severity?: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Family root to follow up instead of the suggested one; null publishes the draft as a story of its own',
  })
  @Nullable()
  @IsId()
  parentId?: number | null;
}

export class TriageMergeDto implements TriageMerge {
  @ApiProperty({ description: 'The published event (a family root) the draft follows up' })
  @IsId()
  parentId!: number;
}

export class TriageRejectionDto implements TriageRejection {
  @ApiProperty({ minLength: 3, maxLength: 500, example: 'Not about Kazakhstan' })
  @IsString()
  @Length(3, 500)
  @Matches(/^(?:\s*\S){3}/, { message: 'reason must say why in at least 3 letters' })
  reason!: string;
}
