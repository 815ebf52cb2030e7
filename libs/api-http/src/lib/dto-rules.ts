import { isIsoDay } from '@kem/scoring';
import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { DayBounds, dayOutside } from './day-bounds';
import { validationContextOf } from './validation';

/**
 * Rules for request DTOs. Use these instead of class-validator's IsOptional, which lets `null`
 * through to the database as well as `undefined` (a NOT NULL column then answers 500).
 */

/** The field may be left out; when present (null included) every other rule applies. */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/**
 * The field may be left out, or be null to clear it; document what null means in the property's
 * description. Use only where clearing is meaningful (an end date, a note, a display name).
 */
export const Nullable = () => ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);

/** The field may be left out; when present, one of `values` (which the OpenAPI description lists, with `doc`). */
export const OptionalOneOf = (values: readonly string[], doc: Pick<ApiPropertyOptions, 'default' | 'description'> = {}) =>
  applyDecorators(ApiPropertyOptional({ enum: [...values], ...doc }), Optional(), IsIn(values));

/** Largest id the database's integer keys hold (PostgreSQL `integer`). */
export const MAX_ID = 2_147_483_647;

/** A record id: a whole number from 1 to MAX_ID (query values are converted from text). */
export const IsId = () =>
  applyDecorators(
    Type(() => Number),
    IsInt({ message: '$property must be a whole number' }),
    Min(1),
    Max(MAX_ID),
  );

/** A nested object of class `type`: an array or a primitive is refused, not validated element by element. */
export const NestedObject = (type: () => ClassType) =>
  applyDecorators(IsObject({ message: '$property must be an object' }), ValidateNested(), Type(type));

/** At most `maxItems` objects of class `type`, each validated (a primitive element is refused, not converted). */
export const NestedArray = (type: () => ClassType, maxItems: number) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    IsObject({ each: true, message: '$property must hold objects' }),
    ValidateNested({ each: true }),
    Type(type),
  );

/** A name people give a record: 1 to `maxLength` characters, not only white space. */
export const IsName = (maxLength: number) =>
  applyDecorators(IsString(), MinLength(1), MaxLength(maxLength), Matches(/\S/, { message: '$property must not be blank' }));

/** A calendar day, YYYY-MM-DD, inside `bounds` relative to today (the API's clock). */
export function IsDayWithin(bounds: DayBounds, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDayWithin',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (!isIsoDay(value)) return false;
          const context = validationContextOf(args.object);
          if (!context)
            throw new Error(
              `${args.targetName}.${propertyName} was validated without a ValidationContext (today); use withValidationContext()`,
            );
          return dayOutside(value, bounds, context.today()) === null;
        },
        defaultMessage(args: ValidationArguments) {
          const context = validationContextOf(args.object);
          if (!isIsoDay(args.value) || !context) return `${propertyName} must be a calendar day written YYYY-MM-DD`;
          return `${propertyName} ${dayOutside(args.value, bounds, context.today())}`;
        },
      },
    });
}

/** A day no earlier than the day in another field of the same object (e.g. to ≥ from). */
export function IsNotBeforeField(other: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBeforeField',
      target: target.constructor,
      propertyName,
      constraints: [other],
      options: {
        message: (args: ValidationArguments) =>
          `${propertyName} must not be before ${other} (${String((args.object as Record<string, unknown>)[other])})`,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const before = (args.object as Record<string, unknown>)[other];
          return typeof value !== 'string' || typeof before !== 'string' || before <= value;
        },
      },
    });
}

type Constructor<T = object> = new (...args: any[]) => T; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * The one day-range query: optional from/to, each a day inside `bounds`, and from ≤ to. Mixed into
 * a base (e.g. PageQueryDto) so a paginated list is still one class:
 * `class EventQueryDto extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto)`.
 */
export function DayRangeQuery<TBase extends Constructor>(bounds: DayBounds, Base: TBase = class {} as TBase) {
  class DayRangeQueryDto extends Base implements DayRange {
    @ApiPropertyOptional({ description: `First day, inclusive (YYYY-MM-DD), from ${bounds.earliest} (${bounds.describe})` })
    @Optional()
    @IsDayWithin(bounds)
    from?: string;

    @ApiPropertyOptional({
      description: `Last day, inclusive (YYYY-MM-DD), not before from and at most ${bounds.daysAfterToday} day(s) after today (${bounds.describe})`,
    })
    @Optional()
    @IsDayWithin(bounds)
    @IsNotBeforeField('from')
    to?: string;
  }
  return DayRangeQueryDto;
}

/** A yes/no query parameter (validated as 'true', 'false', '1' or '0'): whether it says yes. */
export const queryFlag = (value: string | undefined): boolean => value === 'true' || value === '1';
