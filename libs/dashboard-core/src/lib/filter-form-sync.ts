import { effect, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { isIsoDay } from '@kem/scoring';
import { debounceTime, merge } from 'rxjs';

/** Filters, every one optional text, with an optional day range (each day 'YYYY-MM-DD'). */
export type DayRangeFilter<V> = { [K in keyof V]?: string } & { from?: string; to?: string };

/** A filter form: one text control a filter, blank for none. */
export type FilterControls<V> = { [K in keyof V]-?: FormControl<string> };

export interface FilterFormSyncOptions<V> {
  /** The filters in force (from the address bar). */
  value: () => V;
  /** Reports the user's new filters (the page puts them in the address bar). */
  emit: (value: V) => void;
  /** The free-text filter, trimmed and applied once typing pauses; the others apply as they change. */
  text?: keyof V;
  /** The shortest text applied; while a shorter one is typed the text in force stays (see `textTooShort`). */
  textMinLength?: number;
}

/** How long typing may pause before a text filter applies. */
export const TEXT_FILTER_DEBOUNCE_MS = 300;

/**
 * Keeps a filter form and the address bar in step. Filters arriving from the address bar are shown in the
 * form, except our own change coming back: the fields are then left alone so typing is not interrupted.
 * The user's changes are offered as they are made (blank fields as absent). Call in an injection context.
 */
export function filterFormSync<V extends DayRangeFilter<V>>(form: FormGroup<FilterControls<V>>, options: FilterFormSyncOptions<V>) {
  const fields = Object.keys(form.controls) as (keyof V)[];
  const same = (a: V, b: V) => fields.every((f) => (a[f] || undefined) === (b[f] || undefined));
  /** To is before From: the filters are not applied until it is fixed. */
  const reversed = signal(false);
  /** A text is typed but shorter than `textMinLength`: it is not applied. */
  const textTooShort = signal(false);
  let lastEmitted: V | null = null;

  /** Shows filters in the form without firing its change events; absent ones blank. */
  const show = (value: Partial<V>) =>
    form.setValue(Object.fromEntries(fields.map((f) => [f, value[f] ?? ''])) as never, { emitEvent: false });

  effect(() => {
    const value = options.value();
    const ownChange = lastEmitted !== null && same(value, lastEmitted);
    lastEmitted = null;
    if (!ownChange) untracked(() => show(value));
  });

  /** Emits the filters unless a day is still being typed ("4 Dec"), the range runs backwards, or they are in force or on their way. */
  const offer = (next: V): void => {
    if ([next.from, next.to].some((day) => day !== undefined && !isIsoDay(day))) return;
    reversed.set(!!next.from && !!next.to && next.from > next.to);
    if (reversed() || same(next, options.value()) || (lastEmitted && same(next, lastEmitted))) return;
    lastEmitted = next;
    options.emit(next);
  };
  /** Offers the form's filters: blank ones absent, the text trimmed (or the one in force while it is too short). */
  const apply = (): void => {
    const raw = form.getRawValue() as Record<keyof V, string>;
    const text = options.text === undefined ? '' : raw[options.text].trim();
    textTooShort.set(text !== '' && [...text].length < (options.textMinLength ?? 0));
    const textValue = textTooShort() && options.text !== undefined ? options.value()[options.text] : text;
    offer(Object.fromEntries(fields.map((f) => [f, (f === options.text ? textValue : raw[f]) || undefined])) as V);
  };

  merge(
    ...fields.map((f) => {
      const changes = (form.controls[f] as FormControl<string>).valueChanges;
      return f === options.text ? changes.pipe(debounceTime(TEXT_FILTER_DEBOUNCE_MS)) : changes;
    }),
  )
    .pipe(takeUntilDestroyed())
    .subscribe(() => apply());

  return {
    reversed: reversed.asReadonly(),
    textTooShort: textTooShort.asReadonly(),
    show,
    offer,
    /** Applies the filters now (also on Enter in the text field). */
    apply,
    /** Blanks every filter and applies that. */
    clear(): void {
      show({});
      apply();
    },
  };
}
