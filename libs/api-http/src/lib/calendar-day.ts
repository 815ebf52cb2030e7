import { isIsoDay } from '@kem/scoring';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** An existing calendar day written YYYY-MM-DD (2023-02-30 is not one), by the engine's calendar. */
export function IsCalendarDay(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDay',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a calendar day written YYYY-MM-DD`, ...options },
      validator: { validate: isIsoDay },
    });
}
