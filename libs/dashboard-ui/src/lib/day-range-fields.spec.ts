import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { DayRangeFields } from './day-range-fields';

@Component({
  imports: [DayRangeFields],
  template: `<kem-day-range-fields [from]="from" [to]="to" [reversed]="reversed()" />`,
})
class Host {
  readonly from = new FormControl('2024-03-01', { nonNullable: true });
  readonly to = new FormControl('', { nonNullable: true });
  readonly reversed = signal(false);
}

describe('DayRangeFields', () => {
  it('binds From and To to their controls and says so while the range runs backwards', async () => {
    const fixture = TestBed.createComponent(Host);
    const el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('mat-label')).map((l) => l.textContent)).toEqual(['From', 'To']);
    expect((el.querySelector('[data-testid=from-filter]') as HTMLInputElement).value).not.toBe('');
    expect(el.querySelector('[role=alert]')).toBeNull();

    const to = el.querySelector('[data-testid=to-filter]') as HTMLInputElement;
    to.value = '2024-02-01';
    to.dispatchEvent(new Event('input'));
    to.dispatchEvent(new Event('blur'));
    expect(fixture.componentInstance.to.value).toBe('2024-02-01');

    fixture.componentInstance.reversed.set(true);
    await fixture.whenStable();
    expect(el.querySelector('.range-error[role=alert]')?.textContent).toBe('“To” must not be before “From”');
  });
});
