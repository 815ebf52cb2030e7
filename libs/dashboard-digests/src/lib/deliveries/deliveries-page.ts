import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DELIVERY_KINDS, DELIVERY_STATUSES, DeliveryKind, DeliveryQuery, DeliveryStatus, DeliveryView } from '@kem/contracts';
import { dayParam, DigestsApi, errorMessage, oneOfParam, positiveIntParam, textParam, urlPagedList } from '@kem/dashboard-core';
import { ACTIONS_COLUMN, DateInput, PagedTable, TableHead } from '@kem/dashboard-ui';
import { instantText, STATUS_LABELS } from '../shared/digest-format';

export const DELIVERY_PAGE_SIZE = 50;

/** The delivery log's filters, each a query parameter of the page and of GET /api/deliveries. */
type DeliveryFilters = Omit<DeliveryQuery, 'page' | 'pageSize'>;

/** The delivery log (admin): every digest, alert and test e-mail; filters live in the URL. */
@Component({
  selector: 'kem-deliveries-page',
  imports: [DateInput, PagedTable, TableHead, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './deliveries-page.html',
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveriesPage {
  private readonly api = inject(DigestsApi);

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
  readonly columns = ['Kind', 'Period', 'Recipient', 'Status', 'Attempts', 'Next attempt', 'Last error', 'Sent', ACTIONS_COLUMN];

  readonly filterForm = inject(FormBuilder).nonNullable.group({
    status: '' as DeliveryStatus | '',
    kind: '' as DeliveryKind | '',
    recipient: '',
    from: '',
    to: '',
  });

  readonly list = urlPagedList<DeliveryFilters, DeliveryView>({
    filters: () => ({
      status: oneOfParam(DELIVERY_STATUSES, this.status()),
      kind: oneOfParam(DELIVERY_KINDS, this.kind()),
      recipient: textParam(this.recipient()),
      from: dayParam(this.from()),
      to: dayParam(this.to()),
      subscriptionId: positiveIntParam(this.subscriptionId()),
    }),
    page: this.page,
    pageSizes: [DELIVERY_PAGE_SIZE],
    fetch: (query) => this.api.deliveries(query),
  });

  readonly notice = signal<string | null>(null);
  readonly busyId = signal<number | null>(null);

  constructor() {
    // The form shows what the URL says.
    effect(() => {
      const q = this.list.filters();
      this.filterForm.setValue({
        status: q.status ?? '',
        kind: q.kind ?? '',
        recipient: q.recipient ?? '',
        from: q.from ?? '',
        to: q.to ?? '',
      });
    });
  }

  applyFilters(): void {
    const value = this.filterForm.getRawValue();
    this.list.applyFilters({
      status: value.status || undefined,
      kind: value.kind || undefined,
      recipient: value.recipient,
      from: value.from,
      to: value.to,
      subscriptionId: this.list.filters().subscriptionId,
    });
  }

  clearFilters(): void {
    this.list.applyFilters({});
  }

  retryDelivery(delivery: DeliveryView): void {
    this.busyId.set(delivery.id);
    this.api.retryDelivery(delivery.id).subscribe({
      next: (updated) => {
        this.list.update((page) => ({ ...page, items: page.items.map((d) => (d.id === updated.id ? updated : d)) }));
        this.notice.set(`The delivery to ${updated.recipient} is queued again; the next due check sends it.`);
        this.busyId.set(null);
      },
      error: (error: unknown) => {
        this.notice.set(`The delivery to ${delivery.recipient} could not be queued again: ${errorMessage(error)}`);
        this.busyId.set(null);
      },
    });
  }
}
