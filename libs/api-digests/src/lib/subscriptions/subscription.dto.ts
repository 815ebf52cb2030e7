import { AlertRules, Cadence, CADENCES, CreateSubscriptionRequest, UpdateSubscriptionRequest } from '@kem/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsId, NestedObject, Nullable, Optional, OptionalOneOf } from '@kem/api-http';
import { IsBoolean, IsEmail, IsIn, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class AlertRulesDto implements Partial<AlertRules> {
  @ApiPropertyOptional({ description: 'Alert when the band differs from yesterday’s' })
  @Optional()
  @IsBoolean()
  bandChange?: boolean;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0.1,
    maximum: 100,
    description: 'Alert on a rise of at least this many points in a day; null: off',
  })
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(100)
  riseDay?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0.1,
    maximum: 100,
    description: 'Alert on a rise of at least this many points in seven days; null: off',
  })
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(100)
  riseWeek?: number | null;
}

class SubscriptionFieldsDto {
  @ApiPropertyOptional({ description: 'Recipient; users may only subscribe their own address (the default)' })
  @Optional()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, description: 'Name shown in the greeting; null clears it' })
  @Nullable()
  @IsString()
  @MaxLength(120)
  displayName?: string | null;

  @ApiPropertyOptional({ example: '08:00', description: 'Local time of day, HH:MM (24 h)' })
  @Optional()
  @Matches(HH_MM, { message: 'sendTime must be a time of day written HH:MM (24 h)' })
  sendTime?: string;

  @ApiPropertyOptional({ example: 'Asia/Almaty', description: 'IANA time zone' })
  @Optional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ example: 'default', description: 'Weight profile slug' })
  @Optional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    description:
      'Follow this company footprint: the digest reports its company index instead of the country index. Only a footprint the recipient’s account may see (its owner, or an admin); with the default profile and no alerts. null: the country index',
  })
  @Nullable()
  @IsId()
  footprint?: number | null;

  @ApiPropertyOptional({ type: AlertRulesDto, description: 'An object; fields left out keep their value' })
  @Optional()
  @NestedObject(() => AlertRulesDto)
  alerts?: AlertRulesDto;
}

export class CreateSubscriptionDto extends SubscriptionFieldsDto implements CreateSubscriptionRequest {
  @ApiProperty({ enum: CADENCES })
  @IsIn(CADENCES)
  cadence!: Cadence;
}

export class UpdateSubscriptionDto extends SubscriptionFieldsDto implements UpdateSubscriptionRequest {
  @OptionalOneOf(CADENCES)
  cadence?: Cadence;

  @ApiPropertyOptional({ description: 'false unsubscribes, true subscribes again' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}
