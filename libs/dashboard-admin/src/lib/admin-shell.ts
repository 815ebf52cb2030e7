import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** The admin pages' own navigation (text tabs), above the page. */
@Component({
  selector: 'kem-admin-shell',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Administration" class="admin-nav">
      @for (link of links; track link.path) {
        <a
          mat-tab-link
          [routerLink]="link.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          ariaCurrentWhenActive="page"
        >
          {{ link.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .admin-nav {
      margin: -8px 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  readonly links = [
    { path: 'weights', label: 'Weights' },
    { path: 'profiles', label: 'Profiles' },
    { path: 'compare', label: 'Compare' },
    { path: 'users', label: 'Users' },
    { path: 'audit', label: 'Audit log' },
    { path: '/digests/deliveries', label: 'Delivery log' },
    { path: '/digests/outbox', label: 'Outbox' },
  ];
}
