import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CONFIDENCE_LEVELS, EVENT_LIFECYCLES, EVENT_STATUSES } from '@kem/contracts';
import { EvidenceApi, formSave, IndicatorsApi, loader, recordLoader } from '@kem/dashboard-core';
import { formatDay } from '@kem/dashboard-charts';
import { DateInput, DateLocaleSetting, FormFooter, LIFECYCLE_LABELS, LoadStatus } from '@kem/dashboard-ui';
import { forkJoin, of, tap } from 'rxjs';
import { SEVERITY_LEVELS, STATUS_LABELS } from '../event-format';
import { applyServerErrors, buildEventForm, controlError, eventToFormValue, EventFormValue, formToInput } from './event-form';

/** What each lifecycle does to the index, beside its label in the editor. */
export const LIFECYCLE_HINTS = {
  ongoing: 'still under way: held at full impact until an end date is entered',
  ended: 'over: fades from its end date (or its date)',
  unknown: 'nobody said: held for the indicator’s bounded time, then fades and is flagged',
} as const;

/** Families hold one level: candidate parents are the indicator's events that follow up nothing. */
export const PARENT_PAGE_SIZE = 500;

const CONFIDENCE_HINTS = {
  high: 'a primary statement, or two outlets agree',
  medium: 'one reputable outlet',
  low: 'inferred or unconfirmed',
};

/** Adds or edits one event (analysts): every field of EventInput, checked here as the API checks it. */
@Component({
  selector: 'kem-event-editor-page',
  imports: [
    DateInput,
    FormFooter,
    LoadStatus,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
  ],
  templateUrl: './event-editor-page.html',
  styleUrl: './event-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventEditorPage {
  private readonly api = inject(EvidenceApi);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly router = inject(Router);
  private readonly dateLocale = inject(DateLocaleSetting);

  /** Route parameter of /events/:id/edit; absent on /events/new. */
  readonly id = input<string>();
  /** Where to go after saving or cancelling (query parameter); the events page by default. */
  readonly returnUrl = input<string>();

  readonly form = buildEventForm(inject(FormBuilder));
  readonly severities = SEVERITY_LEVELS;
  readonly confidences = CONFIDENCE_LEVELS.map((value) => ({ value, hint: CONFIDENCE_HINTS[value] }));
  readonly statuses = EVENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
  readonly lifecycles = EVENT_LIFECYCLES.map((value) => ({ value, label: LIFECYCLE_LABELS[value], hint: LIFECYCLE_HINTS[value] }));
  /** The indicators to choose from, and the event being edited (absent on /events/new); the form gets its fields. */
  readonly opening = recordLoader('event', this.id, (id) =>
    forkJoin({ indicators: this.indicatorsApi.list(), event: id === null ? of(null) : this.api.get(id) }).pipe(
      tap(({ event }) => {
        if (event) this.form.setValue(eventToFormValue(event));
      }),
    ),
  );
  /** The event being edited (for its recordedAt and to keep it out of its own parent list). */
  readonly event = computed(() => this.opening.value()?.event ?? null);
  readonly recordedAt = computed(() => {
    const day = this.event()?.recordedAt;
    return day ? formatDay(day, true) : null;
  });

  readonly editing = computed(() => this.id() !== undefined);
  readonly back = computed(() => {
    const url = this.returnUrl() ?? '/events';
    return this.router.parseUrl(url.startsWith('/') && !url.startsWith('//') ? url : '/events');
  });
  private readonly saveRun = formSave(this.form, (fieldErrors) => applyServerErrors(this.form, fieldErrors));
  readonly saving = this.saveRun.saving;
  readonly saveError = this.saveRun.error;
  readonly indicators = computed(() => this.opening.value()?.indicators ?? []);

  private readonly indicatorKey = toSignal(this.form.controls.indicatorKey.valueChanges, { initialValue: '' });

  constructor() {
    // A follow-up belongs to the same indicator: another indicator's parent no longer applies.
    let previous = '';
    this.form.controls.indicatorKey.valueChanges.subscribe((key) => {
      if (previous !== '' && key !== previous) this.form.controls.parentId.setValue(null);
      previous = key;
    });
  }
  /** Events of the chosen indicator that may head a family (no follow-ups themselves), newest first. */
  private readonly parentsLoad = loader(
    () => this.indicatorKey() || null,
    (indicator) => (indicator ? this.api.list({ indicator, pageSize: PARENT_PAGE_SIZE }) : null),
  );
  readonly parentOptions = computed(() => {
    const self = this.event()?.id;
    return (this.parentsLoad.value()?.items ?? [])
      .filter((e) => e.parentId === null && e.id !== self && e.status !== 'rejected')
      .map((e) => ({ id: e.id, label: `${formatDay(e.date)} — ${e.title}` }));
  });
  /** A family's first event cannot itself follow up another (one level). */
  readonly hasFollowUps = computed(() => {
    const self = this.event()?.id;
    return self !== undefined && (this.parentsLoad.value()?.items ?? []).some((e) => e.parentId === self);
  });

  /** Stages offered only for the stage-scored indicator (legislation). */
  readonly stages = computed(() => {
    const method = this.indicators().find((i) => i.key === this.indicatorKey())?.method;
    return method?.kind === 'stage' ? method.stages : [];
  });

  error(field: keyof EventFormValue): string {
    return controlError(this.form.controls[field], field, this.dateLocale.locale());
  }

  save(): void {
    const id = this.id();
    this.saveRun.run(
      () => {
        const body = formToInput(this.form.getRawValue(), this.stages().length > 0);
        return id ? this.api.update(Number(id), body) : this.api.create(body);
      },
      () => void this.router.navigateByUrl(this.back()),
    );
  }
}
