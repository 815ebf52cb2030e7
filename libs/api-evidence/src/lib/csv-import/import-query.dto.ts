import { ApiPropertyOptional } from '@nestjs/swagger';
import { Optional } from '@kem/api-http';
import { IsIn } from 'class-validator';

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Check and report without storing anything' })
  @Optional()
  @IsIn(['true', 'false', '1', '0'], { message: 'dryRun must be true or false' })
  dryRun?: string;
}
