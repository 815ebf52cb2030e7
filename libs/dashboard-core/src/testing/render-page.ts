import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, Routes, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@kem/contracts';
import { signInAs } from './session-fixtures';

export interface RenderOptions {
  /** More providers, e.g. a pinned TODAY. */
  readonly providers?: readonly (Provider | EnvironmentProviders)[];
  /** Who is signed in before the first render (see signInAs); left out, the session is not checked. */
  readonly signedInAs?: Role | null;
}

export interface RenderPageOptions extends RenderOptions {
  /** Inputs set before the first render, as the router would bind them. */
  readonly inputs?: Readonly<Record<string, unknown>>;
}

/** Mocked HTTP, no Material animations (dialogs open at once), then `routes`; signs in if asked. */
async function setUp(routes: Routes, options: RenderOptions): Promise<HttpTestingController> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      provideRouter(routes, withComponentInputBinding()),
      ...(options.providers ?? []),
    ],
  });
  if (options.signedInAs !== undefined) await signInAs(options.signedInAs);
  return TestBed.inject(HttpTestingController);
}

/**
 * Renders a page (or any component) on its own, with a mocked HTTP backend and an empty router, and waits
 * until it is stable (its first requests are then open on `http`).
 */
export async function renderPage<T>(page: Type<T>, options: RenderPageOptions = {}) {
  const http = await setUp([], options);
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(options.inputs ?? {})) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return {
    fixture,
    http,
    el: fixture.nativeElement as HTMLElement,
    stable: () => fixture.whenStable(),
  };
}

/**
 * Navigates to `url` through `routes` (query parameters bound to inputs, as in the app) with a mocked HTTP
 * backend; `el` is the routed page.
 */
export async function renderRoute(url: string, routes: Routes, options: RenderOptions = {}) {
  const http = await setUp(routes, options);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return {
    harness,
    fixture: harness.fixture,
    http,
    el: harness.routeNativeElement as HTMLElement,
    stable: () => harness.fixture.whenStable(),
    router: TestBed.inject(Router),
  };
}
