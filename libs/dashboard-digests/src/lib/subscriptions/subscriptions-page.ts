import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SubscriptionView } from '@kem/contracts';
import { DigestsApi, errorMessage, hasRole, pagedList } from '@kem/dashboard-core';
import { ACTIONS_COLUMN, confirmAction, PagedTable, TableHead } from '@kem/dashboard-ui';
import { filter, switchMap } from 'rxjs';
import { alertRulesText, instantText, scheduleText } from '../shared/digest-format';
import { DigestAdminActions } from './digest-admin-actions';

const PAGE_SIZE = 50;

/** Subscriptions: admins see and manage everyone's, other users their own. */
@Component({
  selector: 'kem-subscriptions-page',
  imports: [DigestAdminActions, MatButtonModule, PagedTable, RouterLink, TableHead],
  templateUrl: './subscriptions-page.html',
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubscriptionsPage {
  private readonly api = inject(DigestsApi);
  private readonly confirm = confirmAction();

  readonly isAdmin = hasRole('admin');
  readonly list = pagedList(PAGE_SIZE, (query) => this.api.subscriptions(query));
  readonly notice = signal<string | null>(null);
  readonly busyId = signal<number | null>(null);

  readonly alertRulesText = alertRulesText;
  readonly scheduleText = scheduleText;
  readonly instantText = instantText;
  readonly columns = ['Recipient', 'Schedule', 'Index', 'Alerts', 'Status', 'Next digest', ACTIONS_COLUMN];

  /** Unsubscribes an active subscription, or subscribes an inactive one again. */
  toggleActive(sub: SubscriptionView): void {
    const active = !sub.active;
    this.busyId.set(sub.id);
    this.api.update(sub.id, { active }).subscribe({
      next: (updated) => {
        this.list.update((page) => ({ ...page, items: page.items.map((s) => (s.id === updated.id ? updated : s)) }));
        this.notice.set(`${updated.email} is ${active ? 'subscribed again' : 'unsubscribed'}.`);
        this.busyId.set(null);
      },
      error: (error: unknown) => {
        this.notice.set(`${sub.email} could not be changed: ${errorMessage(error)}`);
        this.busyId.set(null);
      },
    });
  }

  remove(sub: SubscriptionView): void {
    this.confirm({
      title: 'Delete this subscription?',
      message: `${sub.email} will no longer get the ${sub.cadence} digest of “${sub.profile.name}”. Its delivery log stays.`,
      confirm: 'Delete',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(sub.id)),
      )
      .subscribe({
        next: () => {
          this.notice.set(`Deleted the subscription of ${sub.email}.`);
          this.list.reload();
        },
        error: (error: unknown) => this.notice.set(`The subscription of ${sub.email} could not be deleted: ${errorMessage(error)}`),
      });
  }
}
