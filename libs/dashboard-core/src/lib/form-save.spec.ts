import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { of, Subject, throwError } from 'rxjs';
import { FIELDS_REFUSED } from './field-errors';
import { FIELDS_NEED_ATTENTION, formSave } from './form-save';

describe('formSave', () => {
  const form = () => new FormGroup({ name: new FormControl('', { nonNullable: true, validators: Validators.required }) });

  it('sends nothing while the form is invalid, and says so', () => {
    const f = form();
    const save = formSave(f, () => []);
    const request = jest.fn(() => of(1));
    save.run(request, () => undefined);
    expect(request).not.toHaveBeenCalled();
    expect(f.controls.name.touched).toBe(true);
    expect(save.error()).toBe(FIELDS_NEED_ATTENTION);
  });

  it('sends one request at a time and hands over the answer', () => {
    const f = form();
    f.setValue({ name: 'Treasury' });
    const save = formSave(f, () => []);
    const answer = new Subject<number>();
    const saved = jest.fn();
    const request = jest.fn(() => answer);
    save.run(request, saved);
    save.run(request, saved);
    expect(request).toHaveBeenCalledTimes(1);
    expect(save.saving()).toBe(true);
    answer.next(7);
    expect(saved).toHaveBeenCalledWith(7);
  });

  it('puts a refusal’s field errors on the form and says why', () => {
    const f = form();
    f.setValue({ name: 'Treasury' });
    const refusal = new HttpErrorResponse({
      status: 400,
      error: { message: 'name: taken', errors: [{ field: 'name', message: 'taken' }] },
    });
    const putOnFields = jest.fn(() => []);
    const save = formSave(f, putOnFields);
    save.run(
      () => throwError(() => refusal),
      () => undefined,
    );
    expect(putOnFields).toHaveBeenCalledWith([{ field: 'name', message: 'taken' }]);
    expect(save.error()).toBe(FIELDS_REFUSED);
    expect(save.saving()).toBe(false);
  });
});
