import { AbstractControl, FormBuilder, FormGroup, Validators } from '@angular/forms';
import { Cadence, CreateSubscriptionRequest, DEFAULT_SEND_TIME, DEFAULT_TIME_ZONE, FieldError, SubscriptionView } from '@kem/contracts';
import { applyFieldErrors } from '@kem/dashboard-ui';

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const SUBSCRIPTION_FIELD_LABELS: Record<string, string> = {
  email: 'E-mail address',
  displayName: 'Name',
  cadence: 'Cadence',
  sendTime: 'Send time',
  timeZone: 'Time zone',
  profile: 'Profile',
  footprint: 'Index',
  bandChange: 'Band change alert',
  riseDay: 'Rise in a day',
  riseWeek: 'Rise in a week',
};

/** API field paths (alerts.riseDay) to the names of the form's controls. */
const SERVER_FIELDS: Record<string, string> = {
  'alerts.bandChange': 'bandChange',
  'alerts.riseDay': 'riseDay',
  'alerts.riseWeek': 'riseWeek',
};

export function buildSubscriptionForm(fb: FormBuilder) {
  const threshold = [Validators.min(0.1), Validators.max(100)];
  return fb.nonNullable.group({
    email: ['', [Validators.email, Validators.maxLength(254)]],
    displayName: ['', Validators.maxLength(120)],
    cadence: ['weekly' as Cadence, Validators.required],
    sendTime: [DEFAULT_SEND_TIME, [Validators.required, Validators.pattern(HH_MM)]],
    timeZone: [DEFAULT_TIME_ZONE, [Validators.required, Validators.maxLength(64)]],
    profile: ['default', Validators.required],
    /** A company footprint whose index the digest reports; null: the country index. */
    footprint: fb.control<number | null>(null),
    bandChange: [true],
    riseDay: fb.control<number | null>(null, threshold),
    riseWeek: fb.control<number | null>(null, threshold),
  });
}

export type SubscriptionForm = ReturnType<typeof buildSubscriptionForm>;
export type SubscriptionFormValue = ReturnType<SubscriptionForm['getRawValue']>;

export function subscriptionToFormValue(sub: SubscriptionView): SubscriptionFormValue {
  return {
    email: sub.email,
    displayName: sub.displayName ?? '',
    cadence: sub.cadence,
    sendTime: sub.sendTime,
    timeZone: sub.timeZone,
    profile: sub.profile.slug,
    footprint: sub.footprint?.id ?? null,
    bandChange: sub.alerts.bandChange,
    riseDay: sub.alerts.riseDay,
    riseWeek: sub.alerts.riseWeek,
  };
}

const threshold = (value: number | null | string) => (value === null || value === '' || Number.isNaN(Number(value)) ? null : Number(value));

/** The request body; the e-mail address only when an admin set it (users always subscribe themselves). */
export function formToRequest(value: SubscriptionFormValue, withEmail: boolean): CreateSubscriptionRequest {
  const body: CreateSubscriptionRequest = {
    displayName: value.displayName.trim() || null,
    cadence: value.cadence,
    sendTime: value.sendTime,
    timeZone: value.timeZone.trim(),
    profile: value.profile,
    footprint: value.footprint,
    alerts: { bandChange: value.bandChange, riseDay: threshold(value.riseDay), riseWeek: threshold(value.riseWeek) },
  };
  const email = value.email.trim();
  return withEmail && email ? { email, ...body } : body;
}

/** Puts each server error on its control; answers the errors that name no control. */
export function applyServerErrors(form: FormGroup, errors: readonly FieldError[]): FieldError[] {
  return applyFieldErrors(errors, (field) => form.get(SERVER_FIELDS[field] ?? field));
}

export function subscriptionControlError(control: AbstractControl, field: string): string {
  const label = SUBSCRIPTION_FIELD_LABELS[field] ?? field;
  const errors = control.errors ?? {};
  if (errors['server']) return errors['server'];
  if (errors['required']) return `${label} is required`;
  if (errors['email']) return 'Enter an e-mail address such as risk@example.com';
  if (errors['maxlength']) return `${label} can have at most ${errors['maxlength'].requiredLength} characters`;
  if (errors['pattern']) return 'Enter a time of day as HH:MM (24 h), e.g. 08:00';
  if (errors['min'] || errors['max']) return 'Enter from 0.1 to 100 points, or leave empty for no alert';
  return '';
}
