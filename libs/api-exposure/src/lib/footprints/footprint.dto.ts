import { IsName, Optional, PageQueryDto } from '@kem/api-http';
import type { CreateFootprintRequest, UpdateFootprintRequest } from '@kem/contracts';
import { FOOTPRINT_LIMITS, SITE_REGION_KEYS } from '@kem/scoring';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';

const share = (description: string) => ({ description: `${description}, % (0–100)`, minimum: 0, maximum: 100, type: Number });

/** A company footprint: every number bounded by its meaning, unknown fields refused (global pipe). */
export class CreateFootprintDto implements CreateFootprintRequest {
  @ApiProperty({ description: 'Name of the company, business unit or workspace', maxLength: 120 })
  @IsName(120)
  name!: string;

  @ApiProperty(share('Share of revenue earned in Kazakhstan'))
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'revenueShareKz must be a number' })
  @Min(FOOTPRINT_LIMITS.share.min)
  @Max(FOOTPRINT_LIMITS.share.max)
  revenueShareKz!: number;

  @ApiProperty(share('Share of crude or goods exports through CPC or other Russian routes'))
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'exportRouteShare must be a number' })
  @Min(0)
  @Max(100)
  exportRouteShare!: number;

  @ApiProperty(share('Share of suppliers and inputs (by spend) from or through Russia'))
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'russianInputShare must be a number' })
  @Min(0)
  @Max(100)
  russianInputShare!: number;

  @ApiProperty({ description: 'Staff in Kazakhstan', minimum: 0, maximum: FOOTPRINT_LIMITS.staffInKz.max, type: 'integer' })
  @IsInt({ message: 'staffInKz must be a whole number' })
  @Min(0)
  @Max(FOOTPRINT_LIMITS.staffInKz.max)
  staffInKz!: number;

  @ApiProperty({ description: 'Sites in Kazakhstan', minimum: 0, maximum: FOOTPRINT_LIMITS.sitesInKz.max, type: 'integer' })
  @IsInt({ message: 'sitesInKz must be a whole number' })
  @Min(0)
  @Max(FOOTPRINT_LIMITS.sitesInKz.max)
  sitesInKz!: number;

  @ApiProperty({ description: 'Regions the sites are in', enum: SITE_REGION_KEYS, isArray: true })
  @IsArray()
  @ArrayMaxSize(FOOTPRINT_LIMITS.siteRegions.maxItems)
  @ArrayUnique({ message: 'siteRegions must not repeat a region' })
  @IsIn(SITE_REGION_KEYS, { each: true, message: `siteRegions must hold only ${SITE_REGION_KEYS.join(', ')}` })
  siteRegions!: string[];

  @ApiProperty({
    description: 'Local partners or NGOs receiving foreign funding',
    minimum: 0,
    maximum: FOOTPRINT_LIMITS.foreignFundedPartners.max,
    type: 'integer',
  })
  @IsInt({ message: 'foreignFundedPartners must be a whole number' })
  @Min(0)
  @Max(FOOTPRINT_LIMITS.foreignFundedPartners.max)
  foreignFundedPartners!: number;

  @ApiProperty({ description: 'Payments settle through Russian banks or rouble corridors' })
  @IsBoolean()
  paymentsViaRussia!: boolean;

  @ApiProperty({ description: 'Data hosted in or routed through Russia' })
  @IsBoolean()
  dataViaRussia!: boolean;

  @ApiProperty({ description: 'Telecom or internet transit through Russian carriers' })
  @IsBoolean()
  telecomViaRussia!: boolean;
}

/** Any subset of the footprint's fields; each present one is validated as on creation (null is refused). */
export class UpdateFootprintDto extends PartialType(CreateFootprintDto, { skipNullProperties: false }) implements UpdateFootprintRequest {}

export class FootprintQueryDto extends PageQueryDto {}

export class FootprintIndexQueryDto {
  @ApiPropertyOptional({ description: 'Monte Carlo draws for the 5–95 % band (0 = none)', minimum: 0, maximum: 500, default: 200 })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'draws must be a whole number' })
  @Min(0)
  @Max(500)
  draws?: number;
}
