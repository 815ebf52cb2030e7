import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { IndicatorView, ProfileView } from '@kem/contracts';
import { errorMessage, indicatorNames, IndicatorsApi, loadOnce, ProfilesApi } from '@kem/dashboard-core';
import { confirmAction, LoadStatus } from '@kem/dashboard-ui';
import { filter, forkJoin, switchMap } from 'rxjs';
import { formatDateTime, methodLabel } from '../shared/format';
import { openProfileDialog } from './profile-dialog';
import { VersionHistory } from './version-history';
import { topShares } from './weight-diff';

/** The weight profiles with their rationale and served version: create, rename, archive or restore, and each one's version history. */
@Component({
  selector: 'kem-profiles-page',
  imports: [LoadStatus, MatButtonModule, MatCardModule, RouterLink, VersionHistory],
  templateUrl: './profiles-page.html',
  styleUrl: './profiles-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilesPage {
  private readonly api = inject(ProfilesApi);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = confirmAction();

  readonly data = loadOnce(() => forkJoin({ profiles: this.api.list({ includeArchived: true }), indicators: this.indicatorsApi.list() }));
  readonly profiles = computed<ProfileView[]>(() => this.data.value()?.profiles ?? []);
  readonly indicators = computed<IndicatorView[]>(() => this.data.value()?.indicators ?? []);
  readonly notice = signal<{ text: string; failed: boolean } | null>(null);
  /** Ids of the profiles whose history is open. */
  readonly open = signal<ReadonlySet<number>>(new Set());
  readonly names = computed(() => indicatorNames(this.indicators()));
  /** Active profiles first, then archived ones. */
  readonly sorted = computed(() => [...this.profiles()].sort((a, b) => Number(a.archived) - Number(b.archived) || a.id - b.id));

  /** Reloads the list quietly (after a change), keeping the page as it is. */
  refresh(): void {
    this.api
      .list({ includeArchived: true })
      .subscribe({ next: (profiles) => this.data.update((d) => ({ ...d, profiles })), error: () => undefined });
  }

  create(): void {
    openProfileDialog(this.dialog, { templates: this.profiles().filter((p) => !p.archived) })
      .pipe(filter((p): p is ProfileView => !!p))
      .subscribe((created) => {
        this.notice.set({
          text: `Created “${created.name}”. Tune its weights on the weights page; its index is being computed.`,
          failed: false,
        });
        this.refresh();
      });
  }

  rename(profile: ProfileView): void {
    openProfileDialog(this.dialog, { profile, templates: [] })
      .pipe(filter((p): p is ProfileView => !!p))
      .subscribe((saved) => {
        this.notice.set({ text: `Saved “${saved.name}”.`, failed: false });
        this.replace(saved);
      });
  }

  setArchived(profile: ProfileView, archived: boolean): void {
    this.confirm({
      title: archived ? `Archive “${profile.name}”?` : `Restore “${profile.name}”?`,
      message: archived
        ? 'It disappears from the dashboard’s and the digests’ profile choices; its versions stay and it can be restored.'
        : 'It can be chosen on the dashboard and for digests again.',
      confirm: archived ? 'Archive' : 'Restore',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.update(profile.id, { archived })),
      )
      .subscribe({
        next: (saved) => {
          this.notice.set({ text: `${archived ? 'Archived' : 'Restored'} “${saved.name}”.`, failed: false });
          this.replace(saved);
        },
        error: (error: unknown) =>
          this.notice.set({
            text: `“${profile.name}” could not be ${archived ? 'archived' : 'restored'}: ${errorMessage(error)}`,
            failed: true,
          }),
      });
  }

  toggleHistory(id: number): void {
    this.open.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  private replace(saved: ProfileView): void {
    this.data.update((d) => ({
      ...d,
      profiles: d.profiles.map((p) => (p.id === saved.id ? { ...saved, activeVersion: saved.activeVersion ?? p.activeVersion } : p)),
    }));
  }

  protected when(iso: string): string {
    return formatDateTime(iso);
  }
  protected method(name: string): string {
    return methodLabel(name);
  }
  protected top(profile: ProfileView): string {
    return profile.activeVersion ? topShares(profile.activeVersion.weights, this.names()) : '';
  }
}
