import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DateInput, DateLocaleSetting, formatDateInput, parseDateInput } from './date-input';

describe('date input format', () => {
  it('writes days the app’s way by default, or by the chosen locale', () => {
    expect(formatDateInput('2025-12-04')).toBe('4 Dec 2025');
    expect(formatDateInput('2025-12-04', 'en-US')).toBe('Dec 4, 2025');
    expect(formatDateInput('2025-12-04', 'iso')).toBe('2025-12-04');
  });

  it('reads month names in either order, ISO, and all-number days by the locale', () => {
    expect(parseDateInput('4 Dec 2025')).toBe('2025-12-04');
    expect(parseDateInput(' 4 december 2025 ')).toBe('2025-12-04');
    expect(parseDateInput('Dec 4, 2025')).toBe('2025-12-04');
    expect(parseDateInput('2025-12-04')).toBe('2025-12-04');
    expect(parseDateInput('4/12/2025')).toBe('2025-12-04');
    expect(parseDateInput('4/12/2025', 'en-US')).toBe('2025-04-12');
  });

  it('refuses what is not a day', () => {
    for (const text of ['', '31 Feb 2025', '2025-13-01', 'soon', '4 Foo 2025', '12/04/25']) expect(parseDateInput(text)).toBeNull();
  });
});

@Component({
  imports: [DateInput, ReactiveFormsModule],
  template: `<input kemDateInput aria-label="Day" [formControl]="control" /><input
      kemDateInput
      aria-label="Free"
      [day]="free()"
      #f="kemDateInput"
    />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly control = new FormControl('2025-12-04', { nonNullable: true });
  readonly free = signal('2014-01-01');
}

describe('DateInput', () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const [field, free] = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('input'));
    return { fixture, field, free };
  }

  const type = (el: HTMLInputElement, text: string) => {
    el.value = text;
    el.dispatchEvent(new Event('input'));
    el.dispatchEvent(new Event('blur'));
  };

  it('shows the form’s ISO day as "4 Dec 2025" in a text field and gives the form ISO back', async () => {
    const { fixture, field } = await render();
    expect(field.type).toBe('text');
    expect(field.value).toBe('4 Dec 2025');
    expect(field.placeholder).toBe('e.g. 4 Dec 2025');
    type(field, '16 Jan 2022');
    expect(fixture.componentInstance.control.value).toBe('2022-01-16');
    type(field, 'next week');
    expect(fixture.componentInstance.control.value).toBe('next week');
    await fixture.whenStable();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('follows the locale setting', async () => {
    TestBed.inject(DateLocaleSetting).set('en-US');
    const { free } = await render();
    expect(free.value).toBe('Jan 1, 2014');
    expect(localStorage.getItem('kem.dateLocale')).toBe('en-US');
  });
});
