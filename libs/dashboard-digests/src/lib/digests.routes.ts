import { Routes } from '@angular/router';
import { requireRole } from '@kem/dashboard-auth';
import { DeliveriesPage } from './deliveries/deliveries-page';
import { OutboxMessagePage } from './outbox/outbox-message-page';
import { OutboxPage } from './outbox/outbox-page';
import { DigestPreviewPage } from './preview/digest-preview-page';
import { SubscriptionEditorPage } from './subscriptions/subscription-editor-page';
import { SubscriptionsPage } from './subscriptions/subscriptions-page';

const title = (page: string) => `${page} · Kazakhstan Exposure Monitor`;

/**
 * Children of /digests, loaded lazily. Subscriptions (list, new, edit) are for any signed-in user,
 * who sees their own (admins see all); previews, the delivery log and the outbox are admin-only.
 */
export const digestsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'subscriptions' },
  { path: 'subscriptions', title: title('E-mail digests'), canActivate: [requireRole('viewer')], component: SubscriptionsPage },
  { path: 'subscriptions/new', title: title('New subscription'), canActivate: [requireRole('viewer')], component: SubscriptionEditorPage },
  {
    path: 'subscriptions/:id/edit',
    title: title('Change subscription'),
    canActivate: [requireRole('viewer')],
    component: SubscriptionEditorPage,
  },
  { path: 'subscriptions/:id/preview', title: title('Digest preview'), canActivate: [requireRole('admin')], component: DigestPreviewPage },
  { path: 'deliveries', title: title('Delivery log'), canActivate: [requireRole('admin')], component: DeliveriesPage },
  { path: 'outbox', title: title('Outbox'), canActivate: [requireRole('admin')], component: OutboxPage },
  { path: 'outbox/:id', title: title('Outbox message'), canActivate: [requireRole('admin')], component: OutboxMessagePage },
];
