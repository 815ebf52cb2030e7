import { FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors } from './form-errors';

describe('field errors on forms', () => {
  it('puts each error on the control it names, marked touched, and returns the rest', () => {
    const form = new FormGroup({ email: new FormControl(''), name: new FormControl('') });
    const errors = [
      { field: 'email', message: 'already in use' },
      { field: 'nickname', message: 'unknown field' },
    ];
    const unmatched = applyFieldErrors(
      errors,
      (field) => form.get(field),
      (e) => `E-mail ${e.message}`,
    );
    expect(form.controls.email.errors).toEqual({ server: 'E-mail already in use' });
    expect(form.controls.email.touched).toBe(true);
    expect(form.controls.name.errors).toBeNull();
    expect(unmatched).toEqual([{ field: 'nickname', message: 'unknown field' }]);
  });
});
