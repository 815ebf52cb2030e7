import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
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

async function errorsFor(body: unknown) {
  try {
    await createValidationPipe().transform(body, metadata);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { errors: { field: string; message: string }[] }).errors;
  }
  throw new Error('expected a validation error');
}

describe('validation pipe', () => {
  it('names nested fields by their path', async () => {
    const errors = await errorsFor({ name: 'Energy', weights: [{ indicator: 'cpc', value: 5 }, { indicator: 'x', value: -1 }] });
    expect(errors).toEqual([{ field: 'weights.1.value', message: 'value must not be less than 0' }]);
  });

  it('rejects unknown fields instead of dropping them silently', async () => {
    const errors = await errorsFor({ name: 'Energy', weights: [], admin: true });
    expect(errors).toEqual([{ field: 'admin', message: 'property admin should not exist' }]);
  });

  it('lets a valid body through as an instance of the DTO', async () => {
    const value = await createValidationPipe().transform({ name: 'Energy', weights: [{ indicator: 'cpc', value: 5 }] }, metadata);
    expect(value).toBeInstanceOf(Profile);
    expect(value.weights[0]).toBeInstanceOf(Weight);
  });
});
