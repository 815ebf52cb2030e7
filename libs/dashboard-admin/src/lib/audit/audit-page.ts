import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { AuditEntryView } from '@kem/contracts';
import { AUDIT_ENTITY_TYPES, AuditApi, dayParam, oneOfParam, ProfilesApi, textParam, urlPagedList } from '@kem/dashboard-core';
import { PagedTable, TableHead } from '@kem/dashboard-ui';
import { formatDateTime } from '../shared/format';
import { actionLabel, auditChanges, entityLabel } from './audit-format';
import { AuditFilters, AuditFilterValue } from './audit-filters';

export const AUDIT_PAGE_SIZES = [25, 50, 100];
/** Changes shown at once per entry; the rest behind "more". */
export const CHANGES_SHOWN = 6;

/** Every change by an analyst or admin, newest first: who, when, what and the changed fields; filters in the URL. */
@Component({
  selector: 'kem-audit-page',
  imports: [AuditFilters, PagedTable, TableHead],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AuditApi);

  // Query parameters, bound by the router.
  readonly action = input<string>();
  readonly entityType = input<string>();
  readonly actor = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly pageSizes = AUDIT_PAGE_SIZES;
  readonly shown = CHANGES_SHOWN;
  readonly columns = ['When', 'Who', 'Action', 'What', 'Changes (before → after)'];
  readonly list = urlPagedList<AuditFilterValue, AuditEntryView>({
    filters: () => ({
      action: /^[a-z_]+(\.[a-z_]*)?$/.test(this.action() ?? '') ? this.action() : undefined,
      entityType: oneOfParam(AUDIT_ENTITY_TYPES, this.entityType()),
      actor: textParam(this.actor()),
      from: dayParam(this.from()),
      to: dayParam(this.to()),
    }),
    page: this.page,
    pageSize: this.pageSize,
    pageSizes: AUDIT_PAGE_SIZES,
    defaultPageSize: 50,
    fetch: (query) => this.api.list(query),
  });
  readonly rows = computed(() =>
    (this.list.value()?.items ?? []).map((entry) => ({
      entry,
      when: formatDateTime(entry.at),
      action: actionLabel(entry.action),
      what: entityLabel(entry, this.profileNames()),
      changes: auditChanges(entry.before, entry.after),
    })),
  );
  /** Profile names by id, so weight changes name their profile (the entries carry only its id). */
  private readonly profileNames = signal<ReadonlyMap<string, string>>(new Map());

  constructor() {
    inject(ProfilesApi)
      .list({ includeArchived: true })
      .subscribe({ next: (list) => this.profileNames.set(new Map(list.map((p) => [String(p.id), p.name]))), error: () => undefined });
  }
}
