import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CreateSubscriptionRequest,
  DeliveryQuery,
  DeliveryView,
  DigestPreviewView,
  DigestRunView,
  OutboxMessageDetailView,
  OutboxMessageView,
  Page,
  SubscriptionQuery,
  SubscriptionView,
  TestDigestRequest,
  UpdateSubscriptionRequest,
} from '@kem/contracts';
import { Observable } from 'rxjs';
import { queryParams } from './query-params';
import { ResourceClient } from './resource-client';

/** Subscriptions, previews, test and due-check runs, the delivery log and the in-app outbox. */
@Injectable({ providedIn: 'root' })
export class DigestsApi {
  private readonly http = inject(HttpClient);
  private readonly subscriptionRecords = new ResourceClient<
    SubscriptionView,
    CreateSubscriptionRequest,
    UpdateSubscriptionRequest,
    SubscriptionQuery
  >(API_ROUTES.subscriptions, API_ROUTES.subscription);

  /** Admins get every subscription, other users their own. */
  subscriptions(query: SubscriptionQuery = {}): Observable<Page<SubscriptionView>> {
    return this.subscriptionRecords.list(query);
  }

  subscription(id: number): Observable<SubscriptionView> {
    return this.subscriptionRecords.get(id);
  }

  create(body: CreateSubscriptionRequest): Observable<SubscriptionView> {
    return this.subscriptionRecords.create(body);
  }

  /** `{ active: false }` unsubscribes, `{ active: true }` subscribes again. */
  update(id: number, body: UpdateSubscriptionRequest): Observable<SubscriptionView> {
    return this.subscriptionRecords.update(id, body);
  }

  remove(id: number): Observable<void> {
    return this.subscriptionRecords.remove(id);
  }

  /** The next digest rendered as it would be sent; nothing is sent or stored. */
  preview(id: number): Observable<DigestPreviewView> {
    return this.http.get<DigestPreviewView>(API_ROUTES.subscriptionPreview(id));
  }

  /** Sends the signed-in admin a test digest now; answers with its delivery. */
  sendTest(body: TestDigestRequest = {}): Observable<DeliveryView> {
    return this.http.post<DeliveryView>(API_ROUTES.digestsTest, body);
  }

  /** The due check; `force` sends every active subscription's digest of the current period (once). */
  run(force = false): Observable<DigestRunView> {
    return this.http.post<DigestRunView>(API_ROUTES.digestsRun, {}, force ? { params: { force: 'true' } } : {});
  }

  deliveries(query: DeliveryQuery = {}): Observable<Page<DeliveryView>> {
    return this.http.get<Page<DeliveryView>>(API_ROUTES.deliveries, { params: queryParams(query) });
  }

  /** Queues a failed or cancelled delivery again; the next due check sends it. */
  retryDelivery(id: number): Observable<DeliveryView> {
    return this.http.post<DeliveryView>(API_ROUTES.deliveryRetry(id), {});
  }

  outbox(page = 1, pageSize = 50): Observable<Page<OutboxMessageView>> {
    return this.http.get<Page<OutboxMessageView>>(API_ROUTES.outbox, { params: queryParams({ page, pageSize }) });
  }

  outboxMessage(id: number): Observable<OutboxMessageDetailView> {
    return this.http.get<OutboxMessageDetailView>(API_ROUTES.outboxMessage(id));
  }

  /** Download address of the raw message (message/rfc822). */
  emlUrl(id: number): string {
    return API_ROUTES.outboxEml(id);
  }
}
