import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { errorCode, indexComputing, loadOnce, serviceUnavailable } from './loader';

describe('telling "being computed" from "unavailable"', () => {
  const failure = (body: unknown) => new HttpErrorResponse({ status: 503, statusText: 'Service Unavailable', error: body });

  it('reads the error code from the body', () => {
    expect(errorCode(failure({ statusCode: 503, message: 'The index of "Default" is being computed', code: 'index-computing' }))).toBe(
      'index-computing',
    );
    expect(errorCode(failure({ statusCode: 503, message: 'The database cannot be reached', code: 'database-unavailable' }))).toBe(
      'database-unavailable',
    );
    expect(errorCode(failure('<html>502 Bad Gateway</html>'))).toBeNull();
    expect(errorCode(new Error('x'))).toBeNull();
  });

  it('calls only a 503 marked index-computing "computing"; any other 503 (outage, proxy) is unavailable', () => {
    expect(indexComputing({ status: 503, code: 'index-computing' })).toBe(true);
    expect(indexComputing({ status: 503, code: 'database-unavailable' })).toBe(false);
    expect(indexComputing({ status: 503, code: null })).toBe(false);
    expect(serviceUnavailable({ status: 503, code: 'database-unavailable' })).toBe(true);
    expect(serviceUnavailable({ status: 503 })).toBe(true);
    expect(serviceUnavailable({ status: 500, code: null })).toBe(false);
  });
});

describe('loadOnce', () => {
  it('asks once, keeps the answer, asks again only on reload, and turns a failure into words', () => {
    const answers = [of(['first']), throwError(() => new HttpErrorResponse({ status: 500, statusText: 'Server Error' }))];
    let asked = 0;
    const load = TestBed.runInInjectionContext(() => loadOnce(() => answers[asked++]));
    expect(load.loading()).toBe(true);
    TestBed.tick();
    expect(asked).toBe(1);
    expect(load.value()).toEqual(['first']);
    TestBed.tick();
    expect(asked).toBe(1);
    load.reload();
    TestBed.tick();
    expect(asked).toBe(2);
    expect(load.value()).toBeNull();
    expect(load.error()).toBeTruthy();
  });
});
