import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import { Role, ROLES, UserView } from '@kem/contracts';
import { apiFieldErrors, errorMessage, loadOnce, SessionStore, UserPatch, UsersApi } from '@kem/dashboard-core';
import { ACTIONS_COLUMN, confirmAction, LoadStatus, TableHead } from '@kem/dashboard-ui';
import { catchError, EMPTY, filter, finalize, Observable, switchMap, tap } from 'rxjs';
import { formatDateTime } from '../shared/format';
import { NewUserForm } from './new-user-form';
import { lastAdminMessage, ROLE_HINTS } from './user-messages';

/** User accounts: create, change roles, deactivate or reactivate; the API keeps at least one active admin. */
@Component({
  selector: 'kem-users-page',
  imports: [LoadStatus, MatButtonModule, MatCardModule, MatSelectModule, NewUserForm, TableHead],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly confirm = confirmAction();
  private readonly session = inject(SessionStore);

  readonly roles = ROLES.map((value) => ({ value, hint: ROLE_HINTS[value] }));
  readonly columns = ['User', 'Role', 'Status', 'Last sign-in', ACTIONS_COLUMN];
  readonly list = loadOnce(() => this.api.list());
  readonly users = computed(() => this.list.value() ?? []);
  readonly rowErrors = signal<Readonly<Record<number, string>>>({});
  readonly notice = signal<string | null>(null);
  readonly busy = signal<ReadonlySet<number>>(new Set());
  readonly me = computed(() => this.session.user()?.id ?? null);
  /** Active users first, then by e-mail. */
  readonly sorted = computed(() => [...this.users()].sort((a, b) => Number(b.active) - Number(a.active) || a.email.localeCompare(b.email)));
  readonly activeAdmins = computed(() => this.users().filter((u) => u.active && u.role === 'admin').length);

  created(user: UserView): void {
    this.list.update((list) => [...list, user]);
    this.notice.set(`Created ${user.email} as ${user.role}. Give them their password by a separate channel.`);
  }

  changeRole(user: UserView, role: Role, select: MatSelect): void {
    this.patch(user, { role }, () => (select.value = user.role)).subscribe((saved) =>
      this.notice.set(`${saved.email} is now ${saved.role}.`),
    );
  }

  setActive(user: UserView, active: boolean): void {
    if (active) {
      this.patch(user, { active: true }).subscribe((saved) => this.notice.set(`${saved.email} can sign in again.`));
      return;
    }
    const self = user.id === this.me();
    this.confirm({
      title: `Deactivate ${user.email}?`,
      message: `${self ? 'You will be signed out. ' : ''}They can no longer sign in and their sessions end at once. Their changes stay in the audit log; you can reactivate the account later.`,
      confirm: 'Deactivate',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.patch(user, { active: false })),
      )
      .subscribe((saved) => this.notice.set(`${saved.email} is deactivated.`));
  }

  /** Sends a change; on success replaces the row, on failure shows why on the row and calls `undo`. */
  private patch(user: UserView, change: UserPatch, undo?: () => void): Observable<UserView> {
    this.notice.set(null);
    this.setRowError(user.id, null);
    this.busy.update((ids) => new Set(ids).add(user.id));
    return this.api.update(user.id, change).pipe(
      tap((saved) => this.list.update((list) => list.map((u) => (u.id === saved.id ? saved : u)))),
      catchError((error: unknown) => {
        undo?.();
        this.setRowError(user.id, lastAdminMessage(user, apiFieldErrors(error)) ?? `The change was not saved: ${errorMessage(error)}`);
        return EMPTY;
      }),
      finalize(() => this.unbusy(user.id)),
    );
  }

  private unbusy(id: number): void {
    this.busy.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }

  private setRowError(id: number, message: string | null): void {
    this.rowErrors.update((errors) => {
      const next = { ...errors };
      if (message) next[id] = message;
      else delete next[id];
      return next;
    });
  }

  protected when(iso: string | null): string {
    return iso ? formatDateTime(iso) : 'never';
  }
}
