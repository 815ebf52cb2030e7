import { IsCalendarDay, IsId, Optional } from '@kem/api-http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReplayQueryDto {
  @ApiProperty({ description: 'The past day, YYYY-MM-DD, from 2014-01-01 to today' })
  @IsCalendarDay()
  date!: string;

  @ApiPropertyOptional({ description: 'Also the company index of this footprint (yours), as known on the day', type: 'integer' })
  @Optional()
  @IsId()
  footprintId?: number;
}
