import { Injectable, PipeTransform, ArgumentMetadata, Param } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';
import { MAX_ID } from './dto-rules';

/** Route ids are whole numbers the database's integer keys can hold; anything else is a 400 naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = Number(value);
    if (!/^\d{1,10}$/.test(value) || id < 1 || id > MAX_ID) {
      throw InvalidInputError.field(metadata.data ?? 'id', `must be a whole number from 1 to ${MAX_ID}`);
    }
    return id;
  }
}

/** The route's id parameter (`:id`, or the one named), as a number checked by ParseIdPipe. */
export const IdParam = (name = 'id'): ParameterDecorator => Param(name, ParseIdPipe);
