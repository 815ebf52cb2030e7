import { registerDecorator, ValidationOptions } from 'class-validator';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function IsCalendarDay(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDay',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a calendar day written YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDay },
    });
}
