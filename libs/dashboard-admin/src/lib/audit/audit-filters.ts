import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AUDIT_ENTITY_TYPES, AuditEntityType, filterFormSync } from '@kem/dashboard-core';
import { DayRangeFields } from '@kem/dashboard-ui';
import { ACTION_CHOICES } from './audit-format';

/** The filters of the audit log; each mirrors a query parameter of GET /api/audit. */
export interface AuditFilterValue {
  action?: string;
  entityType?: AuditEntityType;
  actor?: string;
  from?: string;
  to?: string;
}

@Component({
  selector: 'kem-audit-filters',
  imports: [DayRangeFields, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  templateUrl: './audit-filters.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: flex-start;
    }
    .action {
      min-width: 280px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditFilters {
  /** The filters in force (from the address bar). */
  readonly value = input<AuditFilterValue>({});
  readonly changed = output<AuditFilterValue>();

  readonly entityTypes = AUDIT_ENTITY_TYPES;
  /** The known choices, plus an action from the address that is not among them. */
  readonly actions = computed(() => {
    const current = this.value().action;
    return current && !ACTION_CHOICES.some((c) => c.value === current)
      ? [...ACTION_CHOICES, { value: current, label: current }]
      : ACTION_CHOICES;
  });
  readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    entityType: new FormControl('', { nonNullable: true }),
    actor: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  readonly filters = filterFormSync<AuditFilterValue>(this.form, {
    value: this.value,
    emit: (value) => this.changed.emit(value),
    text: 'actor',
  });
}
