import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, InjectionToken, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ProfileBuildView } from '@kem/contracts';
import { errorMessage, ProfilesApi } from '@kem/dashboard-core';
import { catchError, exhaustMap, interval, map, of, startWith, switchMap, takeWhile } from 'rxjs';

/** How often the rebuild's progress is asked for, in ms. */
export const BUILD_POLL_MS = new InjectionToken<number>('BUILD_POLL_MS', { factory: () => 1000 });

type Outcome = { build: ProfileBuildView } | { error: string };

/**
 * Progress of a profile's index rebuild after a save or revert: polls GET /api/profiles/:id/build
 * until the newest version is served (or its build failed), then stops and says so.
 */
@Component({
  selector: 'kem-build-progress',
  imports: [DecimalPipe, MatButtonModule, MatProgressBarModule],
  template: `
    @if (error(); as message) {
      <p class="failed" role="alert">
        The rebuild's progress could not be checked: {{ message }}
        <button mat-button type="button" (click)="retry()">Check again</button>
      </p>
    } @else if (build(); as b) {
      @if (b.status === 'failed') {
        <p class="failed" role="alert">
          Rebuilding the index for version {{ b.versionNumber }} failed{{ b.error ? ': ' + b.error : '' }}. The dashboard keeps the previous
          version.
        </p>
      } @else if (!b.served) {
        <div class="building" data-testid="build-progress">
          <p id="build-label">
            Rebuilding the index history for version {{ b.versionNumber }}… {{ b.progress * 100 | number: '1.0-0' }} %
            @if (servedVersion(); as v) {
              <span class="muted">The dashboard shows version {{ v }} until this is complete.</span>
            }
          </p>
          <mat-progress-bar mode="determinate" [value]="b.progress * 100" aria-labelledby="build-label" />
        </div>
      } @else if (sawBuilding()) {
        <p class="done" role="status" data-testid="build-done">Version {{ b.versionNumber }} is now live on the dashboard.</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 8px 0;
    }
    .muted {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .failed {
      color: var(--mat-sys-error);
    }
    .done {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuildProgress {
  private readonly api = inject(ProfilesApi);
  private readonly pollMs = inject(BUILD_POLL_MS);

  readonly profileId = input.required<number>();
  /** The version just saved or reverted to, whose build to watch; 0 on opening a page (only reports a build under way). */
  readonly watchVersion = input<number>(0);
  /** The version the dashboard served before, for the message while building. */
  readonly servedVersion = input<number | null>(null);
  /** Emits the version number once it is served. */
  readonly served = output<number>();

  readonly build = signal<ProfileBuildView | null>(null);
  readonly error = signal<string | null>(null);
  /** Whether this watch saw the build unfinished (so "now live" is news, not the resting state). */
  readonly sawBuilding = signal(false);
  private readonly attempt = signal(0);

  constructor() {
    const watch = computed(() => ({ id: this.profileId(), version: this.watchVersion(), attempt: this.attempt() }));
    toObservable(watch)
      .pipe(
        switchMap(({ id, version }) => {
          this.error.set(null);
          this.build.set(null);
          this.sawBuilding.set(version > 0);
          return interval(this.pollMs).pipe(
            startWith(-1),
            exhaustMap(() => this.api.build(id)),
            // Until the watched version (or a newer one) is served, or its build failed.
            takeWhile((b) => !(b.served && b.versionNumber >= version) && b.status !== 'failed', true),
            map((build): Outcome => ({ build })),
            catchError((error: unknown) => of<Outcome>({ error: errorMessage(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        if ('error' in outcome) {
          this.error.set(outcome.error);
          return;
        }
        const { build } = outcome;
        this.build.set(build);
        if (!build.served) this.sawBuilding.set(true);
        else if (this.sawBuilding()) this.served.emit(build.versionNumber);
      });
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
