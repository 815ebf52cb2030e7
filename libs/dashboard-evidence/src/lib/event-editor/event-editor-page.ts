import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CONFIDENCE_LEVELS, EVENT_STATUSES, IndicatorView } from '@kem/contracts';
import { apiFieldErrors, errorMessage, EvidenceApi, IndicatorsApi } from '@kem/dashboard-core';
import { saveFailureMessage } from '@kem/dashboard-ui';
import { forkJoin, of } from 'rxjs';
import { SEVERITY_LEVELS, STATUS_LABELS } from '../event-format';
import { applyServerErrors, buildEventForm, controlError, eventToFormValue, EventFormValue, formToInput } from './event-form';

const CONFIDENCE_HINTS = {
  high: 'a primary statement, or two outlets agree',
  medium: 'one reputable outlet',
  low: 'inferred or unconfirmed',
};

/** Adds or edits one event (analysts): every field of EventInput, checked here as the API checks it. */
@Component({
  selector: 'kem-event-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
  ],
  templateUrl: './event-editor-page.html',
  styleUrl: './event-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventEditorPage implements OnInit {
  private readonly api = inject(EvidenceApi);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly router = inject(Router);

  /** Route parameter of /events/:id/edit; absent on /events/new. */
  readonly id = input<string>();
  /** Where to go after saving or cancelling (query parameter); the events page by default. */
  readonly returnUrl = input<string>();

  readonly form = buildEventForm(inject(FormBuilder));
  readonly severities = SEVERITY_LEVELS;
  readonly confidences = CONFIDENCE_LEVELS.map((value) => ({ value, hint: CONFIDENCE_HINTS[value] }));
  readonly statuses = EVENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

  readonly editing = computed(() => this.id() !== undefined);
  readonly back = computed(() => {
    const url = this.returnUrl() ?? '/events';
    return this.router.parseUrl(url.startsWith('/') && !url.startsWith('//') ? url : '/events');
  });
  readonly loading = signal(true);
  readonly loadError = signal<string | null>(null);
  readonly saving = signal(false);
  readonly saveError = signal<string | null>(null);
  readonly indicators = signal<IndicatorView[]>([]);

  private readonly indicatorKey = toSignal(this.form.controls.indicatorKey.valueChanges, { initialValue: '' });
  /** Stages offered only for the stage-scored indicator (legislation). */
  readonly stages = computed(() => {
    const method = this.indicators().find((i) => i.key === this.indicatorKey())?.method;
    return method?.kind === 'stage' ? method.stages : [];
  });

  ngOnInit(): void {
    const id = this.id();
    const eventId = id !== undefined && /^\d+$/.test(id) ? Number(id) : null;
    if (id !== undefined && eventId === null) {
      this.fail(`There is no event “${id}”.`);
      return;
    }
    forkJoin({ indicators: this.indicatorsApi.list(), event: eventId === null ? of(null) : this.api.get(eventId) }).subscribe({
      next: ({ indicators, event }) => {
        this.indicators.set(indicators);
        if (event) this.form.setValue(eventToFormValue(event));
        this.loading.set(false);
      },
      error: (error: unknown) => this.fail(errorMessage(error)),
    });
  }

  error(field: keyof EventFormValue): string {
    return controlError(this.form.controls[field], field);
  }

  save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveError.set('Some fields need attention: see the message under each one.');
      return;
    }
    const body = formToInput(this.form.getRawValue(), this.stages().length > 0);
    const id = this.id();
    this.saving.set(true);
    this.saveError.set(null);
    (id ? this.api.update(Number(id), body) : this.api.create(body)).subscribe({
      next: () => void this.router.navigateByUrl(this.back()),
      error: (error: unknown) => {
        const fieldErrors = apiFieldErrors(error);
        const unmatched = applyServerErrors(this.form, fieldErrors);
        this.saveError.set(saveFailureMessage(fieldErrors, unmatched, errorMessage(error)));
        this.saving.set(false);
      },
    });
  }

  private fail(message: string): void {
    this.loadError.set(message);
    this.loading.set(false);
  }
}
