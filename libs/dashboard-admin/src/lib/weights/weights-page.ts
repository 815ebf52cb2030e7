import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { IndicatorView, ProfileVersionView, ProfileView } from '@kem/contracts';
import { errorMessage, IndexApi, IndicatorsApi, ProfilesApi, queryNavigation, saveFailureMessage } from '@kem/dashboard-core';
import { MAX_WEIGHT, type ScoredHistory } from '@kem/scoring';
import { catchError, filter, forkJoin, map, of, switchMap } from 'rxjs';
import { sameWeights, toScoredHistory } from '../preview/preview-math';
import { confirmAction, focusAfterRender } from '@kem/dashboard-ui';
import { formatDateTime, methodLabel } from '../shared/format';
import { BuildProgress } from './build-progress';
import {
  applyServerErrors,
  buildWeightsForm,
  controlError,
  currentPeakChannel,
  currentWeights,
  loadWeights,
  toSaveRequest,
  weightRows,
} from './weights-form';
import { WeightsPreview } from './weights-preview';

/**
 * Edits a profile's indicator weights and aggregation method with a live preview of the index
 * (re-weighted in the browser), and saves them as a new version with a note; then shows the index
 * rebuild's progress until the dashboard serves the new version.
 */
@Component({
  selector: 'kem-weights-page',
  imports: [
    BuildProgress,
    DecimalPipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    WeightsPreview,
  ],
  templateUrl: './weights-page.html',
  styleUrl: './weights-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeightsPage {
  private readonly api = inject(ProfilesApi);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly indexApi = inject(IndexApi);
  private readonly confirm = confirmAction();
  private readonly navigateQuery = queryNavigation();
  private readonly focus = focusAfterRender();

  /** Query parameter: the slug of the profile to edit (Default when absent). */
  readonly profile = input<string>();

  readonly form = buildWeightsForm();
  /** The engine's limit on one weight (sliders, number fields and their messages). */
  readonly maxWeight = MAX_WEIGHT;
  /** The note shows its error once touched (and not again after a successful save resets it). */
  readonly touchedOnly: ErrorStateMatcher = { isErrorState: (control) => !!control && control.invalid && control.touched };
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly profiles = signal<ProfileView[]>([]);
  readonly indicators = signal<IndicatorView[]>([]);
  readonly history = signal<ScoredHistory | null>(null);
  readonly historyError = signal<string | null>(null);
  readonly versions = signal<ProfileVersionView[] | null>(null);
  readonly versionsError = signal<string | null>(null);
  readonly saving = signal(false);
  readonly saveError = signal<string | null>(null);
  readonly weightsError = signal<string | null>(null);
  readonly notice = signal<string | null>(null);
  readonly watchVersion = signal(0);
  /** Bumped on every value or status change of the form, so computed views follow it. */
  private readonly formState = signal(0);

  readonly selected = computed(() => this.profiles().find((p) => p.slug === (this.profile() || 'default')) ?? null);
  readonly keys = computed(() => this.indicators().map((i) => i.key));
  /** The newest version: what the edits start from and the preview compares against. */
  readonly baseline = computed(() => this.versions()?.[0] ?? null);
  readonly weights = computed(() => (this.formState(), currentWeights(this.form, this.keys())));
  readonly method = computed(() => (this.formState(), this.form.controls.method.value));
  readonly peakChannel = computed(() => (this.formState(), currentPeakChannel(this.form)));
  readonly changed = computed(() => {
    const base = this.baseline();
    const weights = this.weights();
    return (
      !!base &&
      (!weights ||
        !sameWeights(weights, base.weights, this.keys()) ||
        this.method() !== base.method ||
        this.peakChannel() !== base.peakChannel)
    );
  });
  readonly rows = computed(
    () => (this.formState(), weightRows(this.form, this.indicators(), this.weights(), this.baseline()?.weights ?? {})),
  );
  /** Sum of the shown shares (100, or 0 when all weights are 0); null while a weight is not valid. */
  readonly shareTotal = computed(() => (this.weights() ? this.rows().reduce((sum, r) => sum + (r.share ?? 0), 0) : null));
  readonly noteError = computed(
    () => (this.formState(), this.form.controls.note.touched ? controlError(this.form.controls.note, 'note') : ''),
  );
  readonly peakChannelError = computed(() => (this.formState(), controlError(this.form.controls.peakChannel, 'peakChannel')));
  readonly methodError = computed(() => (this.formState(), (this.form.controls.method.errors?.['server'] as string | undefined) ?? ''));

  constructor() {
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => this.formState.update((n) => n + 1));
    this.load();
    this.loadHistory();
    toObservable(computed(() => this.selected()?.id ?? null))
      .pipe(
        filter((id): id is number => id !== null),
        switchMap((id) => {
          this.versions.set(null);
          this.versionsError.set(null);
          return this.api.versions(id).pipe(catchError((error: unknown) => of(errorMessage(error))));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((versions) => {
        if (typeof versions === 'string') return this.versionsError.set(versions);
        this.versions.set(versions);
        this.watchVersion.set(0);
        this.resetEdits();
      });
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    forkJoin({ profiles: this.api.list(), indicators: this.indicatorsApi.list() }).subscribe({
      next: ({ profiles, indicators }) => {
        this.indicators.set(indicators);
        this.profiles.set(profiles);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }

  loadHistory(): void {
    this.historyError.set(null);
    this.indexApi
      .scoreHistory()
      .pipe(map(toScoredHistory))
      .subscribe({ next: (history) => this.history.set(history), error: (error: unknown) => this.historyError.set(errorMessage(error)) });
  }

  /** Sets a weight from its slider; the number field follows (same control). */
  slide(key: string, event: Event): void {
    const control = this.form.controls.weights.controls[key];
    control?.setValue(Number((event.target as HTMLInputElement).value));
    control?.markAsTouched();
  }

  /** Back to the weights and method of the newest version. */
  resetEdits(): void {
    const base = this.baseline();
    if (!base) return;
    loadWeights(this.form, this.keys(), base.weights, base.method, base.peakChannel);
    this.saveError.set(null);
    this.weightsError.set(null);
  }

  pickProfile(slug: string, select: MatSelect): void {
    const current = this.selected()?.slug;
    const go = () => this.navigateQuery({ profile: slug === 'default' ? null : slug }, 'replace');
    if (!this.changed()) return go();
    this.confirm({
      title: 'Leave unsaved weights?',
      message: `The weights you changed for ${this.selected()?.name ?? 'this profile'} have not been saved.`,
      confirm: 'Discard changes',
    }).subscribe((discard) => (discard ? go() : (select.value = current)));
  }

  save(): void {
    const profile = this.selected();
    if (this.saving() || !profile) return;
    this.notice.set(null);
    this.weightsError.set(null);
    if (this.form.invalid || !this.weights()) {
      this.form.markAllAsTouched();
      this.saveError.set('Some fields need attention: see the messages beside them.');
      this.focusFirstError();
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.api.saveVersion(profile.id, toSaveRequest(this.form, this.keys())).subscribe({
      next: (version) => {
        this.saving.set(false);
        this.versions.update((list) => [version, ...(list ?? [])]);
        this.form.controls.note.reset('');
        this.resetEdits();
        this.notice.set(`Saved as version ${version.number}. The index history is being recomputed in the background.`);
        this.watchVersion.set(version.number);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(
          saveFailureMessage(
            error,
            (fieldErrors) => {
              const { weights, unmatched } = applyServerErrors(this.form, fieldErrors);
              this.weightsError.set(weights);
              return unmatched;
            },
            'The server did not accept some fields: see the messages beside them.',
          ),
        );
        this.focusFirstError();
      },
    });
  }

  /** The new version is served: refresh the profiles so their active version is current. */
  onServed(): void {
    this.notice.set(null);
    this.api.list().subscribe({ next: (profiles) => this.profiles.set(profiles), error: () => undefined });
  }

  /** Moves the focus (and so the scroll) to the first weight or note with a problem, once it is drawn. */
  private focusFirstError(): void {
    this.focus(
      (host) =>
        host.querySelector('.row-error')?.closest('.row')?.querySelector<HTMLInputElement>('input[type=number]') ??
        host.querySelector<HTMLElement>('textarea[aria-invalid=true]'),
    );
  }

  protected when(iso: string): string {
    return formatDateTime(iso);
  }

  protected methodName(method: string): string {
    return methodLabel(method);
  }
}
