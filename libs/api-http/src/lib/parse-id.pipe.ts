import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';

/** Route ids are positive whole numbers; anything else is a 400 naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = Number(value);
    if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
      throw InvalidInputError.field(metadata.data ?? 'id', 'must be a positive whole number');
    }
    return id;
  }
}
