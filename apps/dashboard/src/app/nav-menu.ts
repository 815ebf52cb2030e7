import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { NavLink } from './nav-link';

/**
 * Tablets and phones: the main links behind one menu button, so the header stays on one line. The
 * shell loads it (with the menu's overlay code) only once the button is shown, which keeps that
 * code out of the initial bundle on wide screens.
 */
@Component({
  selector: 'kem-nav-menu',
  imports: [MatButtonModule, MatMenuModule, RouterLink, RouterLinkActive],
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="menu" aria-label="Main menu" data-testid="menu-button">Menu</button>
    <mat-menu #menu="matMenu" aria-label="Main">
      @for (link of links(); track link.path) {
        <a
          mat-menu-item
          [routerLink]="link.path"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: !!link.exact }"
          ariaCurrentWhenActive="page"
          >{{ link.label }}</a
        >
      }
    </mat-menu>
  `,
  styles: `
    .active {
      text-decoration: underline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NavMenu {
  readonly links = input.required<readonly NavLink[]>();
}
