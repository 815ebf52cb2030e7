import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { jsonDepthExceeds } from './body-parsing';
import { IsCalendarDay } from './calendar-day';
import { EVIDENCE_DAYS } from './day-bounds';
import { DayRangeQuery, NestedObject, Nullable, Optional } from './dto-rules';
import { PageQueryDto } from './page-query.dto';
import { createValidationPipe } from './validation';

class Weight {
  @IsString()
  indicator!: string;

  @IsInt()
  @Min(0)
  value!: number;
}

class Profile {
  @IsString()
  name!: string;

  @ValidateNested({ each: true })
  @Type(() => Weight)
  weights!: Weight[];
}

const metadata: ArgumentMetadata = { type: 'body', metatype: Profile };
const context = { today: () => '2026-12-03' };

async function errorsFor(body: unknown) {
  try {
    await createValidationPipe(context).transform(body, metadata);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { errors: { field: string; message: string }[] }).errors;
  }
  throw new Error('expected a validation error');
}

describe('validation pipe', () => {
  it('names nested fields by their path', async () => {
    const errors = await errorsFor({
      name: 'Energy',
      weights: [
        { indicator: 'cpc', value: 5 },
        { indicator: 'x', value: -1 },
      ],
    });
    expect(errors).toEqual([{ field: 'weights.1.value', message: 'value must not be less than 0' }]);
  });

  it('rejects unknown fields instead of dropping them silently', async () => {
    const errors = await errorsFor({ name: 'Energy', weights: [], admin: true });
    expect(errors).toEqual([{ field: 'admin', message: 'property admin should not exist' }]);
  });

  it('lets a valid body through as an instance of the DTO', async () => {
    const value = await createValidationPipe(context).transform({ name: 'Energy', weights: [{ indicator: 'cpc', value: 5 }] }, metadata);
    expect(value).toBeInstanceOf(Profile);
    expect(value.weights[0]).toBeInstanceOf(Weight);
  });
});

class Range extends DayRangeQuery(EVIDENCE_DAYS, PageQueryDto) {}

class Patch {
  @Optional()
  @IsString()
  title?: string;

  @Nullable()
  @IsCalendarDay()
  endDate?: string | null;
}

class Rules {
  @Optional()
  @IsInt()
  riseDay?: number;
}

class WithNested {
  @Optional()
  @NestedObject(() => Rules)
  alerts?: Rules;
}

async function problems(body: unknown, meta: ArgumentMetadata) {
  try {
    await createValidationPipe(context).transform(body, meta);
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { errors: { field: string; message: string }[] }).errors;
  }
  return [];
}

describe('validation pipe: hostile values', () => {
  const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });
  const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

  it('refuses prototype keys at any depth, like unknown fields, instead of dropping them', async () => {
    expect(await problems(JSON.parse('{"name":"x","weights":[],"__proto__":{"admin":true}}'), metadata)).toEqual([
      { field: '__proto__', message: 'property __proto__ should not exist' },
    ]);
    expect(await problems(JSON.parse('{"alerts":{"constructor":{"prototype":1}}}'), body(WithNested))).toEqual([
      { field: 'alerts.constructor', message: 'property constructor should not exist' },
    ]);
  });

  it('refuses NUL characters in any text, and arrays or primitives where an object is expected', async () => {
    expect(await problems({ title: 'a\u0000b' }, body(Patch))).toEqual([
      { field: 'title', message: 'title must not contain NUL characters' },
    ]);
    expect(await problems({ alerts: [] }, body(WithNested))).toEqual([{ field: 'alerts', message: 'alerts must be an object' }]);
    expect((await problems([], body(Patch)))[0].field).toBe('body');
  });

  it('refuses a missing body where a route expects one (an empty or form-encoded POST)', async () => {
    expect(await problems(undefined, body(Patch))).toEqual([{ field: 'body', message: expect.stringMatching(/JSON object body/) }]);
  });

  it('lets null through only where a field is Nullable', async () => {
    expect(await problems({ endDate: null }, body(Patch))).toEqual([]);
    expect(await problems({ title: null }, body(Patch))).toEqual([{ field: 'title', message: 'title must be a string' }]);
  });

  it('bounds pages and day ranges, and checks from ≤ to', async () => {
    expect(await problems({ page: '1e20' }, query(Range))).toEqual([{ field: 'page', message: 'page must not be greater than 1000000' }]);
    expect(await problems({ to: '9999-12-31' }, query(Range))).toEqual([
      { field: 'to', message: 'to must be a day between 1991-12-16 and 2027-12-04 (from independence to a year ahead)' },
    ]);
    expect(await problems({ from: '1000-01-01' }, query(Range))).toEqual([
      { field: 'from', message: expect.stringMatching(/^from must be a day between 1991-12-16/) },
    ]);
    expect(await problems({ from: '2020-02-01', to: '2020-01-31' }, query(Range))).toEqual([
      { field: 'to', message: 'to must not be before from (2020-02-01)' },
    ]);
    expect(await problems({ from: '2020-01-01', to: '2020-01-31', page: '2' }, query(Range))).toEqual([]);
  });
});

describe('jsonDepthExceeds', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[\\"[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('['.repeat(5000), 32)).toBe(true);
  });
});
