import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { DELIVERY_KINDS, DELIVERY_STATUSES, DeliveryKind, DeliveryQuery, DeliveryStatus, DeliveryView, Page } from '@kem/contracts';
import { DigestsApi, errorMessage } from '@kem/dashboard-core';
import { catchError, map, of, switchMap } from 'rxjs';
import { instantText, STATUS_LABELS } from '../shared/digest-format';

export const DELIVERY_PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const positiveInt = (text: string | undefined) => (text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : undefined);
const oneOf = <T extends string>(values: readonly T[], text: string | undefined) => (values.includes(text as T) ? (text as T) : undefined);

/** The delivery log (admin): every digest, alert and test e-mail; filters live in the URL. */
@Component({
  selector: 'kem-deliveries-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  templateUrl: './deliveries-page.html',
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveriesPage {
  private readonly api = inject(DigestsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Query parameters, bound by the router (undefined when absent from the URL).
  readonly status = input<string>();
  readonly kind = input<string>();
  readonly recipient = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly subscriptionId = input<string>();
  readonly page = input<string>();

  readonly statuses = DELIVERY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
  readonly kinds = DELIVERY_KINDS;
  readonly statusLabels = STATUS_LABELS;
  readonly instantText = instantText;
  readonly pageSize = DELIVERY_PAGE_SIZE;

  readonly filterForm = inject(FormBuilder).nonNullable.group({
    status: '' as DeliveryStatus | '',
    kind: '' as DeliveryKind | '',
    recipient: '',
    from: '',
    to: '',
  });

  readonly query = computed<DeliveryQuery>(() => ({
    status: oneOf(DELIVERY_STATUSES, this.status()),
    kind: oneOf(DELIVERY_KINDS, this.kind()),
    recipient: this.recipient()?.trim() || undefined,
    from: DAY.test(this.from() ?? '') ? this.from() : undefined,
    to: DAY.test(this.to() ?? '') ? this.to() : undefined,
    subscriptionId: positiveInt(this.subscriptionId()),
    page: positiveInt(this.page()) ?? 1,
    pageSize: DELIVERY_PAGE_SIZE,
  }));

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly result = signal<Page<DeliveryView> | null>(null);
  readonly notice = signal<string | null>(null);
  readonly busyId = signal<number | null>(null);
  private readonly attempt = signal(0);

  constructor() {
    // The form shows what the URL says.
    effect(() => {
      const q = this.query();
      this.filterForm.setValue({ status: q.status ?? '', kind: q.kind ?? '', recipient: q.recipient ?? '', from: q.from ?? '', to: q.to ?? '' });
    });
    toObservable(computed(() => ({ query: this.query(), attempt: this.attempt() })))
      .pipe(
        switchMap(({ query }) => {
          this.loading.set(true);
          this.error.set(null);
          return this.api.deliveries(query).pipe(
            map((result) => ({ result })),
            catchError((error: unknown) => of({ error: errorMessage(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if ('error' in outcome) this.error.set(outcome.error);
        else this.result.set(outcome.result);
      });
  }

  reload(): void {
    this.attempt.update((n) => n + 1);
  }

  applyFilters(): void {
    const value = this.filterForm.getRawValue();
    this.go({ ...value, subscriptionId: this.query().subscriptionId, page: 1 });
  }

  clearFilters(): void {
    this.go({ page: 1 });
  }

  onPage(event: PageEvent): void {
    const { status, kind, recipient, from, to, subscriptionId } = this.query();
    this.go({ status, kind, recipient, from, to, subscriptionId, page: event.pageIndex + 1 });
  }

  retryDelivery(delivery: DeliveryView): void {
    this.busyId.set(delivery.id);
    this.api.retryDelivery(delivery.id).subscribe({
      next: (updated) => {
        this.result.update((page) => page && { ...page, items: page.items.map((d) => (d.id === updated.id ? updated : d)) });
        this.notice.set(`The delivery to ${updated.recipient} is queued again; the next due check sends it.`);
        this.busyId.set(null);
      },
      error: (error: unknown) => {
        this.notice.set(`The delivery to ${delivery.recipient} could not be queued again: ${errorMessage(error)}`);
        this.busyId.set(null);
      },
    });
  }

  /** Puts the filters into the URL (blank ones and page 1 left out); the inputs then change and the log reloads. */
  private go(query: Record<string, string | number | undefined>): void {
    const queryParams: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(query)) {
      const text = typeof value === 'string' ? value.trim() : value;
      if (text !== undefined && text !== '') queryParams[name] = text;
    }
    if (queryParams['page'] === 1) delete queryParams['page'];
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
