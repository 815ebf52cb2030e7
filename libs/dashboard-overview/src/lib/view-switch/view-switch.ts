import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** A footprint the switch offers. */
export interface SwitchFootprint {
  id: number;
  name: string;
}

/**
 * Whose index the overview shows: the country's, or (signed in) the company index of one of the
 * user's footprints. Anonymous visitors see the country only, and are told that the company view
 * needs signing in.
 */
@Component({
  selector: 'kem-view-switch',
  imports: [MatButtonModule, RouterLink],
  template: `
    <div class="switch" role="group" aria-label="Whose index to show" data-testid="view-switch">
      <button mat-stroked-button type="button" [attr.aria-pressed]="companyId() === null" (click)="viewChange.emit(false)">Country</button>
      @if (!signedIn()) {
        <span class="hint" data-testid="company-sign-in">
          Our company: <a routerLink="/login" [queryParams]="{ returnUrl: '/?view=company' }">sign in</a> to see your company’s own index.
        </span>
      } @else if (footprints().length === 0) {
        <span class="hint">Our company: <a routerLink="/footprint">describe your footprint</a> to see your company’s own index.</span>
      } @else {
        <button
          mat-stroked-button
          type="button"
          [attr.aria-pressed]="companyId() !== null"
          (click)="viewChange.emit(true)"
          data-testid="view-company"
        >
          Our company
        </button>
        @if (companyId() !== null && footprints().length > 1) {
          <label class="footprint"
            >Footprint
            <select (change)="footprintChange.emit(+$any($event.target).value)" data-testid="footprint-select">
              @for (f of footprints(); track f.id) {
                <option [value]="f.id" [selected]="f.id === companyId()">{{ f.name }}</option>
              }
            </select>
          </label>
        }
      }
    </div>
  `,
  styles: `
    .switch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    button[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      font-weight: 600;
    }
    .hint {
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewSwitch {
  readonly signedIn = input.required<boolean>();
  readonly footprints = input.required<readonly SwitchFootprint[]>();
  /** The footprint shown; null in the country view. */
  readonly companyId = input.required<number | null>();
  /** true: the company view. */
  readonly viewChange = output<boolean>();
  readonly footprintChange = output<number>();
}
