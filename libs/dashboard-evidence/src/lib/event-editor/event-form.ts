import { AbstractControl, FormBuilder, ValidatorFn, Validators } from '@angular/forms';
import { Confidence, DatePrecision, EventInput, EventLifecycleView, EventStatus, EventView, FieldError } from '@kem/contracts';
import { applyFieldErrors, dateInputExample, DateLocale } from '@kem/dashboard-ui';
import { isIsoDay } from '@kem/scoring';

/** Words for each field, used in messages (and in place of the field name in the API's messages). */
export const FIELD_LABELS: Record<string, string> = {
  indicatorKey: 'Indicator',
  date: 'Date',
  datePrecision: 'Date precision',
  endDate: 'End date',
  title: 'Title',
  summary: 'Summary',
  severity: 'Severity',
  stage: 'Stage',
  sourceName: 'Source name',
  sourceUrl: 'Source URL',
  confidence: 'Confidence',
  status: 'Status',
  lifecycle: 'Still under way?',
  parentId: 'Follow-up of',
};

/** Empty, or a YYYY-MM-DD day that exists. */
export const calendarDay: ValidatorFn = ({ value }: AbstractControl<string>) => {
  if (!value) return null;
  return isIsoDay(value) ? null : { calendarDay: true };
};

/** Empty, or an absolute http(s) address with a dotted host name, as the API requires. */
export const httpUrl: ValidatorFn = ({ value }: AbstractControl<string>) => {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return /^https?:$/.test(url.protocol) && /^https?:\/\//i.test(value.trim()) && /\.[a-z]{2,}$/i.test(url.hostname)
      ? null
      : { httpUrl: true };
  } catch {
    return { httpUrl: true };
  }
};

/** The end of an ongoing event is not before its start (checked against the sibling `date`). */
export const notBeforeStart: ValidatorFn = (control: AbstractControl<string>) => {
  const start = control.parent?.get('date')?.value as string | undefined;
  return control.value && start && control.value < start ? { beforeStart: true } : null;
};

export function buildEventForm(fb: FormBuilder) {
  const text = (min: number, max: number) => ['', [Validators.required, Validators.minLength(min), Validators.maxLength(max)]];
  const form = fb.nonNullable.group({
    indicatorKey: ['', Validators.required],
    date: ['', [Validators.required, calendarDay]],
    datePrecision: ['day' as DatePrecision],
    endDate: ['', [calendarDay, notBeforeStart]],
    title: text(3, 200),
    summary: text(3, 4000),
    severity: fb.control<number | null>(null, [Validators.required, Validators.min(1), Validators.max(5)]),
    stage: [''],
    sourceName: text(2, 200),
    sourceUrl: ['', [Validators.required, httpUrl, Validators.maxLength(2048)]],
    confidence: ['' as Confidence | '', Validators.required],
    status: ['published' as EventStatus],
    lifecycle: ['unknown' as EventLifecycleView],
    parentId: fb.control<number | null>(null),
  });
  // The end date's check reads the start date, so it runs again when the start changes.
  form.controls.date.valueChanges.subscribe(() => form.controls.endDate.updateValueAndValidity());
  return form;
}

export type EventForm = ReturnType<typeof buildEventForm>;
export type EventFormValue = ReturnType<EventForm['getRawValue']>;

/** The API body for the form's values; the stage is sent only for a stage-scored indicator. */
export function formToInput(value: EventFormValue, stageScored: boolean): EventInput {
  return {
    indicatorKey: value.indicatorKey,
    date: value.date,
    datePrecision: value.datePrecision,
    endDate: value.endDate || null,
    title: value.title.trim(),
    summary: value.summary.trim(),
    severity: Number(value.severity),
    stage: stageScored ? value.stage || null : null,
    sourceName: value.sourceName.trim(),
    sourceUrl: value.sourceUrl.trim(),
    confidence: value.confidence as Confidence,
    status: value.status,
    lifecycle: value.lifecycle,
    parentId: value.parentId,
  };
}

export function eventToFormValue(event: EventView): EventFormValue {
  return {
    indicatorKey: event.indicatorKey,
    date: event.date,
    datePrecision: event.datePrecision,
    endDate: event.endDate ?? '',
    title: event.title,
    summary: event.summary,
    severity: event.severity,
    stage: event.stage ?? '',
    sourceName: event.sourceName,
    sourceUrl: event.sourceUrl,
    confidence: event.confidence,
    status: event.status,
    lifecycle: event.lifecycle,
    parentId: event.parentId,
  };
}

/** Puts each API field error on its control (shown as that field's message); returns those naming no control. */
export function applyServerErrors(form: EventForm, errors: readonly FieldError[]): FieldError[] {
  return applyFieldErrors(
    errors,
    (field) => form.get(field),
    ({ field, message }) => (message.startsWith(field) ? (FIELD_LABELS[field] ?? field) + message.slice(field.length) : message),
  );
}

/** The first problem with a control, in words (a day's example written as `locale` writes days). */
export function controlError(control: AbstractControl, field: string, locale: DateLocale = 'en-GB'): string {
  const label = FIELD_LABELS[field] ?? field;
  const errors = control.errors ?? {};
  if (errors['server']) return errors['server'];
  if (errors['required']) return `${label} is required`;
  if (errors['minlength']) return `${label} needs at least ${errors['minlength'].requiredLength} characters`;
  if (errors['maxlength']) return `${label} can have at most ${errors['maxlength'].requiredLength} characters`;
  if (errors['min'] || errors['max']) return `${label} is from 1 to 5`;
  if (errors['calendarDay']) return `Enter ${label.toLowerCase()} as a day, e.g. ${dateInputExample(locale)}`;
  if (errors['httpUrl']) return 'Enter the full address of the source, starting with http:// or https://';
  if (errors['beforeStart']) return 'The end date must not be before the date';
  return '';
}
