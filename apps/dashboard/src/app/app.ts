import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@kem/dashboard-core/session';
import type { NavLink } from './nav-link';
import { NavMenu } from './nav-menu';

@Component({
  selector: 'kem-root',
  imports: [MatButtonModule, MatToolbarModule, NavMenu, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  /** The main links for who is signed in: one list for the wide header and the narrow (tablet) menu. */
  protected readonly links = computed<NavLink[]>(() => [
    { path: '/', label: 'Overview', exact: true },
    { path: '/report', label: 'Report' },
    { path: '/indicators', label: 'Indicators' },
    { path: '/events', label: 'Events', exact: true },
    { path: '/methodology', label: 'Methodology' },
    ...(this.session.hasRole('analyst')
      ? [
          { path: '/triage', label: 'Triage' },
          { path: '/evidence/health', label: 'Evidence health' },
        ]
      : []),
    ...(this.session.hasRole('admin') ? [{ path: '/admin', label: 'Admin' }] : []),
    ...(this.session.signedIn()
      ? [
          { path: '/digests/subscriptions', label: 'Digests' },
          { path: '/footprint', label: 'Our exposure' },
          { path: '/scenarios', label: 'Scenarios' },
          { path: '/replay', label: 'Replay' },
        ]
      : []),
  ]);

  constructor() {
    this.session.ensureChecked().catch(() => undefined);
  }

  async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/');
  }
}
