import { afterEach, beforeEach } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

/**
 * For an API client's specs: each test gets an HttpClient on the testing backend and fails if a
 * request is left unanswered. Call inside `describe`; the answer always speaks to the current test's backend.
 */
export function apiBackendPerTest(): HttpTestingController {
  let current: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    current = TestBed.inject(HttpTestingController);
  });
  afterEach(() => current.verify());
  return new Proxy({} as HttpTestingController, {
    get: (_, name: keyof HttpTestingController) => current[name].bind(current),
  });
}
