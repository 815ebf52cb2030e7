import { IsId, Optional, OptionalOneOf } from '@kem/api-http';
import { CADENCES, Cadence, TestDigestRequest } from '@kem/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';

export class RunQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Send every active subscription’s digest of the current period now, due or not (still once per period)',
  })
  @Optional()
  @IsIn(['true', 'false', '1', '0'], { message: 'force must be true or false' })
  force?: string;
}

/** A test digest: a JSON object (possibly empty: `{}` sends the default profile's weekly digest). */
export class TestDigestDto implements TestDigestRequest {
  @ApiPropertyOptional({ description: 'Render this subscription’s digest, sent to you' })
  @Optional()
  @IsId()
  subscriptionId?: number;

  @ApiPropertyOptional({ example: 'default' })
  @Optional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;

  @OptionalOneOf(CADENCES, { default: 'weekly' })
  cadence?: Cadence;
}
