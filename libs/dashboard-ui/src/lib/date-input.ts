import { Directive, ElementRef, forwardRef, inject, Injectable, input, OnChanges, output, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

/**
 * How days are written in date fields. `en-GB` is the app's own way ("4 Dec 2025", as every page
 * prints days); `en-US` puts the month first ("Dec 4, 2025"); `iso` is "2025-12-04".
 */
export type DateLocale = 'en-GB' | 'en-US' | 'iso';

export const DATE_LOCALES: readonly { key: DateLocale; label: string }[] = [
  { key: 'en-GB', label: 'Day month year (4 Dec 2025)' },
  { key: 'en-US', label: 'Month day, year (Dec 4, 2025)' },
  { key: 'iso', label: 'ISO 8601 (2025-12-04)' },
];

const STORAGE_KEY = 'kem.dateLocale';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const isLocale = (value: unknown): value is DateLocale => DATE_LOCALES.some((l) => l.key === value);

/** The date locale of this browser: chosen on the account page, kept in localStorage, "4 Dec 2025" until then. */
@Injectable({ providedIn: 'root' })
export class DateLocaleSetting {
  private readonly current = signal<DateLocale>(DateLocaleSetting.stored());
  readonly locale = this.current.asReadonly();

  set(locale: DateLocale): void {
    this.current.set(locale);
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private windows may refuse storage: the choice then lasts for this page.
    }
  }

  private static stored(): DateLocale {
    try {
      const value = localStorage.getItem(STORAGE_KEY);
      return isLocale(value) ? value : 'en-GB';
    } catch {
      return 'en-GB';
    }
  }
}

/** A calendar day 'YYYY-MM-DD' written for people in `locale`; anything else is returned unchanged. */
export function formatDateInput(day: string, locale: DateLocale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, y, m, d] = match;
  if (locale === 'iso') return day;
  const month = MONTHS[Number(m) - 1];
  return locale === 'en-US' ? `${month} ${Number(d)}, ${y}` : `${Number(d)} ${month} ${y}`;
}

/** An example of the format, for placeholders and hints. */
export function dateInputExample(locale: DateLocale = 'en-GB'): string {
  return formatDateInput('2025-12-04', locale);
}

function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 Feb and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(word: string): number {
  const index = MONTHS.findIndex((m) => word.toLowerCase().startsWith(m.toLowerCase()));
  return index < 0 ? 0 : index + 1;
}

/**
 * The calendar day a person typed, as 'YYYY-MM-DD', or null when it is not one. Month names are read
 * in either order ("4 Dec 2025", "December 4, 2025"), ISO always; all-number days ("4/12/2025") by
 * the locale's order (day first, except en-US).
 */
export function parseDateInput(text: string, locale: DateLocale = 'en-GB'): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.? ([a-z]{3,9})\.?,? (\d{4})$/i.exec(t);
  if (m) return isoDay(Number(m[3]), monthOf(m[2]), Number(m[1]));
  m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i.exec(t);
  if (m) return isoDay(Number(m[3]), monthOf(m[1]), Number(m[2]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    return locale === 'en-US' ? isoDay(Number(m[3]), first, second) : isoDay(Number(m[3]), second, first);
  }
  return null;
}

/**
 * The one date field of the dashboard: `<input matInput kemDateInput>` shows and reads days in the
 * chosen locale ("4 Dec 2025" by default) instead of the browser's mm/dd/yyyy, while the value it
 * gives forms is the API's 'YYYY-MM-DD'. Text that is not a day is passed on as typed, so the
 * form's own validation names it. Without a form, bind `[day]` and read `value()` / `(dayChange)`.
 */
@Directive({
  selector: 'input[kemDateInput]',
  exportAs: 'kemDateInput',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateInput), multi: true }],
  host: {
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    '[attr.placeholder]': 'placeholder()',
    '[attr.aria-invalid]': 'invalid() ? "true" : null',
    '(input)': 'typed()',
    '(blur)': 'blurred()',
  },
})
export class DateInput implements ControlValueAccessor, OnChanges {
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef);
  private readonly setting = inject(DateLocaleSetting);

  /** The day shown, 'YYYY-MM-DD' (or '' for none), when the field is used without a form. */
  readonly day = input<string | null>(null);
  readonly dayChange = output<string>();
  readonly placeholder = () => `e.g. ${dateInputExample(this.setting.locale())}`;
  /** Text typed that is not a day. */
  readonly invalid = signal(false);

  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  /** A new [day] from the page rewrites the text. */
  ngOnChanges(): void {
    const day = this.day();
    if (day !== null) this.show(day);
  }

  /** The day in the field as 'YYYY-MM-DD', '' when empty, or the text as typed when it is not a day. */
  value(): string {
    const text = this.element.nativeElement.value.trim();
    if (!text) return '';
    return parseDateInput(text, this.setting.locale()) ?? text;
  }

  writeValue(value: unknown): void {
    this.show(typeof value === 'string' ? value : '');
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.element.nativeElement.disabled = disabled;
  }

  protected typed(): void {
    const day = this.value();
    this.invalid.set(day !== '' && parseDateInput(day, 'iso') === null);
    this.onChange(day);
    this.dayChange.emit(day);
  }

  protected blurred(): void {
    const day = this.value();
    if (parseDateInput(day, 'iso')) this.show(day);
    this.onTouched();
  }

  private show(day: string): void {
    this.element.nativeElement.value = day ? formatDateInput(day, this.setting.locale()) : '';
    this.invalid.set(false);
  }
}
