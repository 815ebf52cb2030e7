import { HttpErrorResponse } from '@angular/common/http';
import { FIELDS_REFUSED, saveFailureMessage } from './field-errors';

describe('saveFailureMessage', () => {
  const refused = new HttpErrorResponse({
    status: 409,
    statusText: 'Conflict',
    error: { statusCode: 409, message: 'Conflict', errors: [{ field: 'email', message: 'already in use' }] },
  });

  it('points to the fields only when every field error found one', () => {
    expect(saveFailureMessage(refused, () => [])).toBe(FIELDS_REFUSED);
    expect(saveFailureMessage(refused, (errors) => errors)).toBe('Conflict');
  });

  it('hands the form the answer’s field errors, and gives the answer’s message when it names none', () => {
    const seen: unknown[] = [];
    expect(saveFailureMessage(refused, (errors) => (seen.push(...errors), []))).toBe(FIELDS_REFUSED);
    expect(seen).toEqual([{ field: 'email', message: 'already in use' }]);
    const failed = new HttpErrorResponse({ status: 500, statusText: 'Server Error', error: { statusCode: 500, message: 'Server error' } });
    expect(saveFailureMessage(failed, () => [])).toBe('Server error');
  });
});
