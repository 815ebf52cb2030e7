import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { saveFailureMessage, SessionStore } from '@kem/dashboard-core';
import { applyFieldErrors, DATE_LOCALES, DateLocale, DateLocaleSetting, dateInputExample } from '@kem/dashboard-ui';

const MIN_PASSWORD = 12;

/** The new password typed twice the same. */
function sameTwice(group: AbstractControl): ValidationErrors | null {
  const { newPassword, repeat } = group.value as { newPassword: string; repeat: string };
  return repeat && newPassword !== repeat ? { mismatch: true } : null;
}

/** The signed-in user's own account: who they are, their password, and how dates are written. */
@Component({
  selector: 'kem-account-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  protected readonly session = inject(SessionStore);
  private readonly dates = inject(DateLocaleSetting);

  readonly minPassword = MIN_PASSWORD;
  readonly locales = DATE_LOCALES;
  readonly locale = this.dates.locale;
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly notice = signal<string | null>(null);

  readonly form = inject(FormBuilder).nonNullable.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD), Validators.maxLength(200)]],
      repeat: ['', Validators.required],
    },
    { validators: sameTwice },
  );

  /** The message under a password field: the server's word first, then what the field lacks. */
  passwordError(field: 'currentPassword' | 'newPassword'): string {
    const errors = this.form.controls[field].errors ?? {};
    if (errors['server']) return `This password ${errors['server']}`;
    if (errors['minlength']) return `Use at least ${MIN_PASSWORD} characters`;
    if (errors['required']) return field === 'currentPassword' ? 'Enter your current password' : 'Enter a new password';
    return '';
  }

  example(locale: DateLocale): string {
    return dateInputExample(locale);
  }

  setLocale(locale: DateLocale): void {
    this.dates.set(locale);
  }

  async changePassword(): Promise<void> {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.session.changePassword({ currentPassword, newPassword });
      this.form.reset();
      this.notice.set('Your password has been changed. You stay signed in here; your other sessions have been signed out.');
    } catch (error) {
      this.error.set(
        saveFailureMessage(
          error,
          (fields) => applyFieldErrors(fields, (field) => this.form.get(field)),
          'The password was not changed: see the message under the field.',
        ),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
