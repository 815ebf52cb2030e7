import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** What a view needs to know of a request (a `Loadable` from dashboard-core's `loader` fits). */
export interface LoadStatusState {
  readonly loading: boolean;
  readonly error: string | null;
}

/**
 * The three states of a view around its content: a progress bar while loading, a card saying what
 * failed with "Try again", or — loaded with nothing in it — a card with the projected `[empty]`
 * message. Shows nothing once there is content; the page draws that itself.
 */
@Component({
  selector: 'kem-load-status',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule],
  template: `
    @if (state().loading) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="loadingLabel()" />
    } @else if (state().error; as message) {
      <mat-card appearance="outlined" class="state" role="alert">
        <mat-card-content>
          <p>{{ failedText() }}: {{ message }}</p>
        </mat-card-content>
        <mat-card-actions>
          <button mat-stroked-button type="button" (click)="retry.emit()">Try again</button>
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
  readonly state = input.required<LoadStatusState>();
  /** Loaded and nothing to show: the `[empty]` content is shown. */
  readonly empty = input(false);
  /** The progress bar's accessible name, e.g. "Loading the audit log". */
  readonly loadingLabel = input.required<string>();
  /** The start of the failure sentence, e.g. "The audit log could not be loaded". */
  readonly failedText = input.required<string>();
  readonly retry = output();
}
