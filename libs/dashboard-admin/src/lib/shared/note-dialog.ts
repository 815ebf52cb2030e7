import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Observable } from 'rxjs';

export interface NoteDialogData {
  title: string;
  message: string;
  confirm: string;
  label: string;
}

/** Asks for a required note (3–1000 characters) before a change that is kept in the history. */
@Component({
  selector: 'kem-admin-note-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ data.title }}</h2>
      <mat-dialog-content>
        <p>{{ data.message }}</p>
        <mat-form-field appearance="outline" class="note">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput formControlName="note" rows="3" required maxlength="1000" data-testid="dialog-note"></textarea>
          <mat-error>A note of 3 to 1000 characters is required: it is shown in the version history.</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="dialog-confirm">{{ data.confirm }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .note {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteDialog {
  readonly data = inject<NoteDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NoteDialog, string>>(MatDialogRef);
  readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(1000)],
  });
  readonly form = new FormGroup({ note: this.note });

  submit(): void {
    if (this.note.value.trim().length < 3) {
      this.note.setErrors({ minlength: true });
      this.note.markAsTouched();
      return;
    }
    this.ref.close(this.note.value.trim());
  }
}

/** Opens the note dialog; emits the note, or undefined when cancelled. */
export function askForNote(dialog: MatDialog, data: NoteDialogData): Observable<string | undefined> {
  return dialog.open<NoteDialog, NoteDialogData, string>(NoteDialog, { data, width: '480px', maxWidth: '95vw' }).afterClosed();
}
