import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AUDIT_ENTITY_TYPES, AuditEntityType } from '@kem/dashboard-core';
import { DayRangeFields } from '@kem/dashboard-ui';
import { isIsoDay } from '@kem/scoring';
import { debounceTime, merge } from 'rxjs';
import { ACTION_CHOICES } from './audit-format';

/** The filters of the audit log; each mirrors a query parameter of GET /api/audit. */
export interface AuditFilterValue {
  action?: string;
  entityType?: AuditEntityType;
  actor?: string;
  from?: string;
  to?: string;
}

export const ACTOR_DEBOUNCE_MS = 300;
const FIELDS = ['action', 'entityType', 'actor', 'from', 'to'] as const;

export function sameAuditFilters(a: AuditFilterValue, b: AuditFilterValue): boolean {
  return FIELDS.every((f) => (a[f] || undefined) === (b[f] || undefined));
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
  readonly rangeError = signal(false);
  private lastEmitted: AuditFilterValue | null = null;
  readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    entityType: new FormControl('', { nonNullable: true }),
    actor: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const v = this.value();
      const own = this.lastEmitted !== null && sameAuditFilters(v, this.lastEmitted);
      this.lastEmitted = null;
      // Our own change coming back through the URL: leave the fields alone so typing is not interrupted.
      if (own) return;
      this.form.setValue(
        { action: v.action ?? '', entityType: v.entityType ?? '', actor: v.actor ?? '', from: v.from ?? '', to: v.to ?? '' },
        { emitEvent: false },
      );
    });
    const { action, entityType, actor, from, to } = this.form.controls;
    merge(
      actor.valueChanges.pipe(debounceTime(ACTOR_DEBOUNCE_MS)),
      action.valueChanges,
      entityType.valueChanges,
      from.valueChanges,
      to.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.apply());
  }

  apply(): void {
    const raw = this.form.getRawValue();
    // A day still being typed ("4 Dec") is not a filter yet.
    if ([raw.from, raw.to].some((day) => day !== '' && !isIsoDay(day))) return;
    const next = this.read();
    this.rangeError.set(!!next.from && !!next.to && next.from > next.to);
    if (this.rangeError() || sameAuditFilters(next, this.value()) || (this.lastEmitted && sameAuditFilters(next, this.lastEmitted))) return;
    this.lastEmitted = next;
    this.changed.emit(next);
  }

  clear(): void {
    this.form.setValue({ action: '', entityType: '', actor: '', from: '', to: '' }, { emitEvent: false });
    this.apply();
  }

  private read(): AuditFilterValue {
    const raw = this.form.getRawValue();
    return {
      action: raw.action || undefined,
      entityType: (raw.entityType || undefined) as AuditEntityType | undefined,
      actor: raw.actor.trim() || undefined,
      from: raw.from || undefined,
      to: raw.to || undefined,
    };
  }
}
