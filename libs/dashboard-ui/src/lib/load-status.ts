import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink, UrlTree } from '@angular/router';

/** What a view needs to know of a request (a `Loadable` from dashboard-core's `loader` fits). */
export interface LoadStatusState {
  readonly loading: boolean;
  readonly error: string | null;
}

/** A request a view follows, to show its state and ask again (a dashboard-core `Loader` fits). */
export interface LoadSource {
  readonly state: () => LoadStatusState;
  reload(): void;
}

const NOT_STARTED: LoadStatusState = { loading: false, error: null };

/**
 * The three states of a view around its content: a progress bar while loading, a card saying what
 * failed with "Try again" (or "Back", for a record that could not be opened), or — loaded with nothing
 * in it — a card with the projected `[empty]` message. Shows nothing once there is content; the page
 * draws that itself.
 */
@Component({
  selector: 'kem-load-status',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule, RouterLink],
  template: `
    @if (current().loading) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="loadingLabel()" />
    } @else if (current().error; as message) {
      <mat-card appearance="outlined" class="state" role="alert">
        <mat-card-content>
          <p>{{ failedText() }}: {{ message }}</p>
        </mat-card-content>
        <mat-card-actions>
          @if (backTo(); as back) {
            <a mat-stroked-button [routerLink]="back">Back</a>
          } @else {
            <button mat-stroked-button type="button" (click)="again()">Try again</button>
          }
        </mat-card-actions>
      </mat-card>
    } @else if (empty()) {
      <mat-card appearance="outlined" class="state" data-testid="empty">
        <mat-card-content>
          <p><ng-content select="[empty]" /></p>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .state {
      margin: 16px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadStatus {
  /** The request to follow: its state, and "Try again" reloads it. */
  readonly source = input<LoadSource>();
  /** The state alone, for a view that retries by `(retry)` itself. */
  readonly state = input<LoadStatusState>();
  /** Loaded and nothing to show: the `[empty]` content is shown. */
  readonly empty = input(false);
  /** The progress bar's accessible name, e.g. "Loading the audit log". */
  readonly loadingLabel = input.required<string>();
  /** The start of the failure sentence, e.g. "The audit log could not be loaded". */
  readonly failedText = input.required<string>();
  /** Where "Back" leads instead of "Try again": an editor whose record could not be opened sends the user back. */
  readonly backTo = input<string | UrlTree>();
  readonly retry = output();

  protected readonly current = computed(() => this.source()?.state() ?? this.state() ?? NOT_STARTED);

  protected again(): void {
    this.source()?.reload();
    this.retry.emit();
  }
}
