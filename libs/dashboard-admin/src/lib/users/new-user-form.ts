import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Role, ROLES, UserView } from '@kem/contracts';
import { apiFieldErrors, errorMessage, UsersApi } from '@kem/dashboard-core';
import { applyFieldErrors } from '@kem/dashboard-ui';
import { ROLE_HINTS } from './user-messages';

export const PASSWORD_MIN = 12;

/** Creates a user account: e-mail, optional name, an initial password of at least 12 characters, and a role. */
@Component({
  selector: 'kem-new-user-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="submit(directive)"
      #directive="ngForm"
      novalidate
      class="new-user"
      aria-labelledby="new-user-title"
    >
      <h2 id="new-user-title">Add a user</h2>
      <div class="fields">
        <mat-form-field appearance="outline">
          <mat-label>E-mail</mat-label>
          <input matInput type="email" formControlName="email" required autocomplete="off" data-testid="new-email" />
          <mat-error>{{ message('email') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Name (optional)</mat-label>
          <input matInput formControlName="displayName" maxlength="120" data-testid="new-name" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Initial password</mat-label>
          <input matInput type="password" formControlName="password" required autocomplete="new-password" data-testid="new-password" />
          <mat-hint>At least {{ min }} characters</mat-hint>
          <mat-error>{{ message('password') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Role</mat-label>
          <mat-select formControlName="role" data-testid="new-role">
            @for (r of roles; track r.value) {
              <mat-option [value]="r.value">{{ r.value }} — {{ r.hint }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <button mat-flat-button type="submit" [disabled]="saving()" data-testid="create-user">
        {{ saving() ? 'Creating…' : 'Create user' }}
      </button>
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </form>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 0 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewUserForm {
  private readonly api = inject(UsersApi);
  readonly created = output<UserView>();
  readonly min = PASSWORD_MIN;
  readonly roles = ROLES.map((value) => ({ value, hint: ROLE_HINTS[value] }));
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
    displayName: new FormControl('', { nonNullable: true }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(200)],
    }),
    role: new FormControl<Role>('viewer', { nonNullable: true }),
  });

  message(field: 'email' | 'password'): string {
    const errors = this.form.controls[field].errors ?? {};
    if (errors['server']) return errors['server'];
    if (errors['required']) return field === 'email' ? 'Enter the e-mail address' : 'Enter an initial password';
    if (errors['email']) return 'Enter a valid e-mail address';
    if (errors['minlength']) return `At least ${PASSWORD_MIN} characters`;
    return '';
  }

  submit(directive: FormGroupDirective): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    this.api
      .create({
        email: value.email.trim(),
        password: value.password,
        role: value.role,
        ...(value.displayName.trim() ? { displayName: value.displayName.trim() } : {}),
      })
      .subscribe({
        next: (user) => {
          this.saving.set(false);
          directive.resetForm({ email: '', displayName: '', password: '', role: 'viewer' });
          this.created.emit(user);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const fields = apiFieldErrors(error);
          const unmatched = applyFieldErrors(
            fields,
            (field) => (field === 'email' || field === 'password' ? this.form.controls[field] : null),
            (e) => (e.field === 'email' && e.message === 'already in use' ? 'A user with this e-mail already exists' : e.message),
          );
          this.error.set(unmatched.length < fields.length ? null : errorMessage(error));
        },
      });
  }
}
