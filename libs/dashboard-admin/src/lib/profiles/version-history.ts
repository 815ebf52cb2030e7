import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ProfileVersionView, ProfileView, VersionDiffView } from '@kem/contracts';
import { errorMessage, ProfilesApi } from '@kem/dashboard-core';
import { ACTIONS_COLUMN, TableHead } from '@kem/dashboard-ui';
import { catchError, filter, of, switchMap } from 'rxjs';
import { askForNote } from '../shared/note-dialog';
import { formatDateTime, methodLabel, signed } from '../shared/format';
import { BuildProgress } from '../weights/build-progress';
import { weightDiffRows } from './weight-diff';

/** A profile's versions, newest first, the difference between any two, and revert (a new version with an old one's weights). */
@Component({
  selector: 'kem-version-history',
  imports: [BuildProgress, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TableHead],
  templateUrl: './version-history.html',
  styleUrl: './version-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionHistory {
  private readonly api = inject(ProfilesApi);
  private readonly dialog = inject(MatDialog);

  readonly profile = input.required<ProfileView>();
  /** Indicator names by key. */
  readonly names = input<ReadonlyMap<string, string>>(new Map());
  /** Emits when a revert's new version is served (the profile list should refresh). */
  readonly changed = output<void>();

  readonly columns = ['Version', 'Saved', 'By', 'Method', 'Note', ACTIONS_COLUMN];

  readonly versions = signal<ProfileVersionView[] | null>(null);
  readonly error = signal<string | null>(null);
  readonly from = signal<number | null>(null);
  readonly to = signal<number | null>(null);
  /** The two version pickers of the comparison. */
  readonly ends = [
    { label: 'From version', number: this.from, testId: 'diff-from' },
    { label: 'To version', number: this.to, testId: 'diff-to' },
  ];
  readonly diff = signal<VersionDiffView | null>(null);
  readonly diffError = signal<string | null>(null);
  readonly diffLoading = signal(false);
  readonly notice = signal<string | null>(null);
  readonly watchVersion = signal(0);
  readonly rows = computed(() => {
    const diff = this.diff();
    return diff ? weightDiffRows(diff, this.names()) : [];
  });

  constructor() {
    toObservable(computed(() => ({ id: this.profile().id, from: this.from(), to: this.to() })))
      .pipe(
        filter(({ from, to }) => from !== null && to !== null),
        switchMap(({ id, from, to }) => {
          this.diffError.set(null);
          this.diff.set(null);
          if (from === to) return of(null);
          this.diffLoading.set(true);
          return this.api.diff(id, from as number, to as number).pipe(catchError((error: unknown) => of(errorMessage(error))));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.diffLoading.set(false);
        if (typeof result === 'string') this.diffError.set(result);
        else this.diff.set(result);
      });
    toObservable(computed(() => this.profile().id))
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.load());
  }

  load(): void {
    this.error.set(null);
    this.api.versions(this.profile().id).subscribe({
      next: (versions) => {
        this.versions.set(versions);
        this.to.set(versions[0]?.number ?? null);
        this.from.set(versions[1]?.number ?? versions[0]?.number ?? null);
      },
      error: (error: unknown) => this.error.set(errorMessage(error)),
    });
  }

  revert(version: ProfileVersionView): void {
    const profile = this.profile();
    askForNote(this.dialog, {
      title: `Revert to version ${version.number}?`,
      message: `A new version of ${profile.name} is saved with the weights and method of version ${version.number}; the history keeps every version.`,
      confirm: 'Revert',
      label: 'Why revert?',
    })
      .pipe(
        filter((note): note is string => !!note),
        switchMap((note) => this.api.revert(profile.id, version.number, note)),
      )
      .subscribe({
        next: (created) => {
          this.notice.set(`Saved version ${created.number} with the weights of version ${version.number}.`);
          this.watchVersion.set(created.number);
          this.load();
        },
        error: (error: unknown) => this.notice.set(`The revert failed: ${errorMessage(error)}`),
      });
  }

  protected when(iso: string): string {
    return formatDateTime(iso);
  }
  protected method(name: string): string {
    return methodLabel(name);
  }
  protected change(value: number | null): string {
    return value === null ? 'added or removed' : signed(value, 0);
  }
}
