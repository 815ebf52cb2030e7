import { AbstractControl, FormControl, FormGroup, FormRecord, Validators } from '@angular/forms';
import { AggregationMethodName, FieldError, IndicatorView, SaveVersionRequest } from '@kem/contracts';
import { applyFieldErrors } from '@kem/dashboard-ui';
import { isValidWeight, MAX_WEIGHT } from '@kem/scoring';
import { normalisedShares } from '../preview/preview-math';

export const NOTE_MIN = 3;
export const NOTE_MAX = 1000;

/** One weight control per indicator (added by loadWeights), the aggregation method, the peak-channel λ and the required note. */
export function buildWeightsForm() {
  return new FormGroup({
    weights: new FormRecord<FormControl<number | null>>({}),
    method: new FormControl<AggregationMethodName>('arithmetic', { nonNullable: true }),
    peakChannel: new FormControl<number | null>(0, [Validators.required, Validators.min(0), Validators.max(1)]),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(NOTE_MIN), Validators.maxLength(NOTE_MAX)],
    }),
  });
}

export type WeightsForm = ReturnType<typeof buildWeightsForm>;

/** One control per indicator key (0 to MAX_WEIGHT, required) holding `weights`, the method and λ; the note is kept. */
export function loadWeights(
  form: WeightsForm,
  keys: readonly string[],
  weights: Readonly<Record<string, number>>,
  method: AggregationMethodName,
  peakChannel: number,
): void {
  const record = form.controls.weights;
  for (const key of Object.keys(record.controls)) if (!keys.includes(key)) record.removeControl(key, { emitEvent: false });
  for (const key of keys) {
    const value = weights[key] ?? 0;
    const existing = record.controls[key];
    if (existing) existing.setValue(value, { emitEvent: false });
    else
      record.addControl(key, new FormControl<number | null>(value, [Validators.required, Validators.min(0), Validators.max(MAX_WEIGHT)]), {
        emitEvent: false,
      });
  }
  form.controls.method.setValue(method, { emitEvent: false });
  form.controls.peakChannel.setValue(peakChannel, { emitEvent: false });
  form.updateValueAndValidity();
  form.controls.weights.markAsPristine();
  form.controls.method.markAsPristine();
  form.controls.peakChannel.markAsPristine();
}

/** λ as a number, or null while it is empty or outside 0–1. */
export function currentPeakChannel(form: WeightsForm): number | null {
  const value = form.controls.peakChannel.value;
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
}

/** The weights as numbers, or null while any is empty or out of range. */
export function currentWeights(form: WeightsForm, keys: readonly string[]): Record<string, number> | null {
  const controls = form.controls.weights.controls;
  const weights: Record<string, number> = {};
  for (const key of keys) {
    const control = controls[key];
    const value = control?.value;
    if (!control || !isValidWeight(value)) return null;
    weights[key] = value;
  }
  return weights;
}

/** The body of POST /api/profiles/:id/versions. */
export function toSaveRequest(form: WeightsForm, keys: readonly string[]): SaveVersionRequest {
  const raw = form.getRawValue();
  return {
    weights: Object.fromEntries(keys.map((k) => [k, Number(raw.weights[k])])),
    method: raw.method,
    peakChannel: Number(raw.peakChannel),
    note: raw.note.trim(),
  };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Puts the API's field errors on the right control: weights.<key> on that indicator's weight, method
 * and note on theirs. Returns the message about the weights as a whole (field `weights`) and any
 * errors naming no control.
 */
export function applyServerErrors(form: WeightsForm, errors: readonly FieldError[]): { weights: string | null; unmatched: FieldError[] } {
  const whole = errors.find((e) => e.field === 'weights');
  const unmatched = applyFieldErrors(
    errors.filter((e) => e !== whole),
    (field) =>
      field.startsWith('weights.')
        ? form.controls.weights.controls[field.slice('weights.'.length)]
        : field === 'method' || field === 'note' || field === 'peakChannel'
          ? form.controls[field]
          : undefined,
    (e) => sentence(e.message),
  );
  return { weights: whole ? sentence(whole.message) : null, unmatched };
}

/** The first problem with a weight, λ or the note, in words. */
export function controlError(control: AbstractControl | undefined, what: 'weight' | 'note' | 'peakChannel'): string {
  const errors = control?.errors ?? {};
  if (errors['server']) return errors['server'];
  if (what === 'peakChannel') return Object.keys(errors).length > 0 ? 'λ is a number from 0 (plain mean) to 1 (highest score)' : '';
  if (what === 'note') {
    if (errors['required']) return 'Say why the weights change: the note is shown in the history and the audit log';
    if (errors['minlength']) return `The note needs at least ${NOTE_MIN} characters`;
    if (errors['maxlength']) return `The note can have at most ${NOTE_MAX} characters`;
    return '';
  }
  if (errors['required']) return `Enter a weight from 0 to ${MAX_WEIGHT} (0 leaves the indicator out)`;
  if (errors['min'] || errors['max']) return `A weight is from 0 to ${MAX_WEIGHT}`;
  return '';
}

export interface WeightRow {
  key: string;
  name: string;
  value: number | null;
  /** Share of the total in % (one decimal); null while some weight is not a valid number. */
  share: number | null;
  saved: number;
  changed: boolean;
  /** What a screen reader says for the slider: the weight and its share. */
  valueText: string;
  error: string;
}

/** One row per indicator for the template: value, share, the saved weight and any message. */
export function weightRows(
  form: WeightsForm,
  indicators: readonly IndicatorView[],
  weights: Readonly<Record<string, number>> | null,
  saved: Readonly<Record<string, number>>,
): WeightRow[] {
  const raw = form.controls.weights.getRawValue();
  const shares = weights
    ? normalisedShares(
        weights,
        indicators.map((i) => i.key),
      )
    : null;
  return indicators.map((indicator) => {
    const value = raw[indicator.key] ?? null;
    const share = shares ? (shares[indicator.key] ?? 0) : null;
    const control = form.controls.weights.controls[indicator.key];
    return {
      key: indicator.key,
      name: indicator.name,
      value,
      share,
      saved: saved[indicator.key] ?? 0,
      changed: value !== (saved[indicator.key] ?? 0),
      valueText: share === null ? `${value ?? 'no weight'}` : `${value}, ${share.toFixed(1)} % of the index`,
      error: control && (control.touched || control.dirty || control.errors?.['server']) ? controlError(control, 'weight') : '',
    };
  });
}
