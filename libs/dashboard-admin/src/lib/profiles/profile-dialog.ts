import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ProfileView } from '@kem/contracts';
import { apiFieldErrors, errorMessage, ProfilesApi } from '@kem/dashboard-core';
import { applyFieldErrors } from '@kem/dashboard-ui';
import { Observable } from 'rxjs';

export interface ProfileDialogData {
  /** The profile to rename; absent to create one. */
  profile?: ProfileView;
  /** Profiles a new one can start from (their served weights and method are copied). */
  templates: ProfileView[];
}

const FIELDS = ['name', 'description', 'slug', 'note'] as const;

/** Creates a profile (starting from another's weights) or renames and re-describes one. */
@Component({
  selector: 'kem-profile-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  templateUrl: './profile-dialog.html',
  styles: `
    .fields {
      padding-top: 8px;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileDialog {
  readonly data = inject<ProfileDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ProfileDialog, ProfileView>>(MatDialogRef);
  private readonly api = inject(ProfilesApi);

  readonly editing = !!this.data.profile;
  readonly templates = this.data.templates.filter((p) => p.activeVersion);
  readonly form = new FormGroup({
    name: new FormControl(this.data.profile?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)],
    }),
    description: new FormControl(this.data.profile?.description ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(2000)],
    }),
    slug: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/), Validators.maxLength(60)],
    }),
    template: new FormControl(this.templates[0]?.id ?? 0, { nonNullable: true }),
    note: new FormControl('First version', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(1000)],
    }),
  });
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);

  message(field: (typeof FIELDS)[number]): string {
    const errors = this.form.controls[field].errors ?? {};
    if (errors['server']) return errors['server'];
    if (errors['required']) return 'Required';
    if (errors['minlength']) return `At least ${errors['minlength'].requiredLength} characters`;
    if (errors['maxlength']) return `At most ${errors['maxlength'].requiredLength} characters`;
    if (errors['pattern']) return 'Lower-case letters and digits, words joined by hyphens (e.g. mining-and-metals)';
    return '';
  }

  submit(): void {
    if (this.saving()) return;
    const value = this.form.getRawValue();
    if (!this.editing) this.form.controls.slug.setValue(value.slug.trim());
    const relevant = this.editing ? [this.form.controls.name, this.form.controls.description] : Object.values(this.form.controls);
    if (relevant.some((c) => c.invalid)) {
      this.form.markAllAsTouched();
      return;
    }
    const template = this.templates.find((p) => p.id === value.template)?.activeVersion;
    const profile = this.data.profile;
    const request = profile
      ? this.api.update(profile.id, { name: value.name.trim(), description: value.description.trim() })
      : this.api.create({
          name: value.name.trim(),
          description: value.description.trim(),
          ...(value.slug.trim() ? { slug: value.slug.trim() } : {}),
          weights: { ...(template?.weights ?? {}) },
          method: template?.method ?? 'arithmetic',
          note: value.note.trim(),
        });
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (saved) => this.ref.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const fieldErrors = apiFieldErrors(error);
        const unmatched = applyFieldErrors(
          fieldErrors,
          (field) => ((FIELDS as readonly string[]).includes(field) ? this.form.get(field) : null),
          (e) => (e.field === 'slug' && e.message === 'already in use' ? 'This address is already in use' : e.message),
        );
        this.error.set(unmatched.length > 0 || fieldErrors.length === 0 ? errorMessage(error) : null);
      },
    });
  }
}

/** Opens the dialog; emits the created or changed profile, or undefined when cancelled. */
export function openProfileDialog(dialog: MatDialog, data: ProfileDialogData): Observable<ProfileView | undefined> {
  return dialog
    .open<ProfileDialog, ProfileDialogData, ProfileView>(ProfileDialog, { data, width: '560px', maxWidth: '95vw' })
    .afterClosed();
}
