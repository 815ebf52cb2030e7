import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

export interface RenderPageOptions {
  /** More providers, e.g. a pinned TODAY. */
  readonly providers?: readonly (Provider | EnvironmentProviders)[];
  /** Inputs set before the first render, as the router would bind them. */
  readonly inputs?: Readonly<Record<string, unknown>>;
}

/**
 * Renders a page on its own, with a mocked HTTP backend and an empty router, and waits until it is
 * stable (its first requests are then open on `http`).
 */
export async function renderPage<T>(page: Type<T>, options: RenderPageOptions = {}) {
  TestBed.configureTestingModule({
    imports: [page],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), ...(options.providers ?? [])],
  });
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(options.inputs ?? {})) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return {
    fixture,
    http: TestBed.inject(HttpTestingController),
    el: fixture.nativeElement as HTMLElement,
    stable: () => fixture.whenStable(),
  };
}
