import { FormBuilder, FormControl } from '@angular/forms';
import { applyServerErrors, buildEventForm, calendarDay, httpUrl } from './event-form';

describe('event form checks', () => {
  it('accepts only absolute http(s) addresses with a real host name, as the API does', () => {
    const ok = (value: string) => httpUrl(new FormControl(value)) === null;
    expect(ok('https://interfax.com/newsroom/top-stories/77175/')).toBe(true);
    expect(ok('http://www.intellinews.com/a-97871/')).toBe(true);
    expect(ok('javascript:alert(1)')).toBe(false);
    expect(ok('ftp://example.org/a')).toBe(false);
    expect(ok('https://localhost/a')).toBe(false);
    expect(ok('interfax.com/a')).toBe(false);
  });

  it('accepts only days that exist', () => {
    const ok = (value: string) => calendarDay(new FormControl(value)) === null;
    expect(ok('2024-02-29')).toBe(true);
    expect(ok('2022-02-30')).toBe(false);
    expect(ok('2022-13-01')).toBe(false);
    expect(ok('22.03.2022')).toBe(false);
  });

  it('rechecks the end date against the start date', () => {
    const form = buildEventForm(new FormBuilder());
    form.controls.endDate.setValue('2022-01-05');
    form.controls.date.setValue('2022-01-06');
    expect(form.controls.endDate.hasError('beforeStart')).toBe(true);
    form.controls.date.setValue('2022-01-05');
    expect(form.controls.endDate.valid).toBe(true);
  });

  it('puts server errors on the named controls and hands back the rest', () => {
    const form = buildEventForm(new FormBuilder());
    const rest = applyServerErrors(form, [
      { field: 'severity', message: 'severity must not be greater than 5' },
      { field: 'author', message: 'property author should not exist' },
    ]);
    expect(form.controls.severity.getError('server')).toBe('Severity must not be greater than 5');
    expect(rest).toEqual([{ field: 'author', message: 'property author should not exist' }]);
  });
});
