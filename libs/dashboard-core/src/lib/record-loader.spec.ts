import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { recordLoader } from './record-loader';

describe('recordLoader', () => {
  function load(id: string | undefined) {
    const fetch = jest.fn((recordId: number | null) => of({ recordId }));
    const record = TestBed.runInInjectionContext(() => recordLoader('message', () => id, fetch));
    TestBed.tick();
    return { record, fetch };
  }

  it('asks for the record a whole-number id names', () => {
    const { record, fetch } = load('42');
    expect(fetch).toHaveBeenCalledWith(42);
    expect(record.value()).toEqual({ recordId: 42 });
  });

  it('asks with no id on a route for a new record', () => {
    expect(load(undefined).fetch).toHaveBeenCalledWith(null);
  });

  it('refuses any other id without asking the server', () => {
    const { record, fetch } = load('4x');
    expect(fetch).not.toHaveBeenCalled();
    expect(record.error()).toBe('There is no message “4x”.');
  });
});
