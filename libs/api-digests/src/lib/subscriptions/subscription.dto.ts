import { AlertRules, Cadence, CADENCES, CreateSubscriptionRequest, UpdateSubscriptionRequest } from '@kem/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class AlertRulesDto implements Partial<AlertRules> {
  @ApiPropertyOptional({ description: 'Alert when the band differs from yesterday’s' })
  @IsOptional()
  @IsBoolean()
  bandChange?: boolean;

  @ApiPropertyOptional({ nullable: true, minimum: 0.1, maximum: 100, description: 'Alert on a rise of at least this many points in a day; null: off' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(100)
  riseDay?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0.1, maximum: 100, description: 'Alert on a rise of at least this many points in seven days; null: off' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(100)
  riseWeek?: number | null;
}

class SubscriptionFieldsDto {
  @ApiPropertyOptional({ description: 'Recipient; users may only subscribe their own address (the default)' })
  @IsOptional()
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 120 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(120)
  displayName?: string | null;

  @ApiPropertyOptional({ example: '08:00', description: 'Local time of day, HH:MM (24 h)' })
  @IsOptional()
  @Matches(HH_MM, { message: 'sendTime must be a time of day written HH:MM (24 h)' })
  sendTime?: string;

  @ApiPropertyOptional({ example: 'Asia/Almaty', description: 'IANA time zone' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ example: 'default', description: 'Weight profile slug' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;

  @ApiPropertyOptional({ type: AlertRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlertRulesDto)
  alerts?: AlertRulesDto;
}

export class CreateSubscriptionDto extends SubscriptionFieldsDto implements CreateSubscriptionRequest {
  @ApiProperty({ enum: CADENCES })
  @IsIn(CADENCES)
  cadence!: Cadence;
}

export class UpdateSubscriptionDto extends SubscriptionFieldsDto implements UpdateSubscriptionRequest {
  @ApiPropertyOptional({ enum: CADENCES })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;

  @ApiPropertyOptional({ description: 'false unsubscribes, true subscribes again' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
