import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { filterFormSync } from './filter-form-sync';

interface Filters {
  q?: string;
  from?: string;
  to?: string;
}

describe('filterFormSync', () => {
  function setUp(initial: Filters = {}) {
    const value = signal<Filters>(initial);
    const emitted: Filters[] = [];
    const form = new FormGroup({
      q: new FormControl('', { nonNullable: true }),
      from: new FormControl('', { nonNullable: true }),
      to: new FormControl('', { nonNullable: true }),
    });
    const sync = TestBed.runInInjectionContext(() => filterFormSync(form, { value, emit: (v) => emitted.push(v), text: 'q' }));
    TestBed.tick();
    return { value, emitted, form, sync };
  }

  it('shows the filters from the address bar, but leaves the fields alone when our own change comes back', () => {
    const { value, emitted, form, sync } = setUp({ q: 'cpc', from: '2024-01-01' });
    expect(form.getRawValue()).toEqual({ q: 'cpc', from: '2024-01-01', to: '' });
    sync.offer({ q: 'cpc pipe' });
    expect(emitted).toEqual([{ q: 'cpc pipe' }]);
    form.controls.q.setValue('cpc pipeline');
    value.set({ q: 'cpc pipe' });
    TestBed.tick();
    expect(form.controls.q.value).toBe('cpc pipeline');
    value.set({ q: 'other' });
    TestBed.tick();
    expect(form.getRawValue()).toEqual({ q: 'other', from: '', to: '' });
  });

  it('emits nothing while a day is being typed, the range runs backwards, or the filters are already in force', () => {
    const { emitted, sync } = setUp({ q: 'cpc' });
    sync.offer({ q: 'cpc', from: '4 Dec' });
    sync.offer({ q: 'cpc', from: '2024-02-01', to: '2024-01-01' });
    expect(sync.reversed()).toBe(true);
    sync.offer({ q: 'cpc', from: '' });
    expect(emitted).toEqual([]);
    sync.offer({ q: 'cpc', from: '2024-01-01', to: '2024-02-01' });
    expect(sync.reversed()).toBe(false);
    expect(emitted).toEqual([{ q: 'cpc', from: '2024-01-01', to: '2024-02-01' }]);
  });
});
