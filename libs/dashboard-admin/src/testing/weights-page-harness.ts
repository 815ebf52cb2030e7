import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { renderRoute } from '@kem/dashboard-core/testing';
import { Chart } from 'chart.js';
import { BUILD_POLL_MS } from '../lib/weights/build-progress';
import { WeightsPage } from '../lib/weights/weights-page';
import { aBuild, aVersion, INDICATORS, PROFILES, SCORES } from './admin-fixtures';

/** Helpers for the weights page specs (not part of the library's public API). */
@Component({ template: '' })
class Blank {}

/** How often the page asks for the rebuild's progress in tests, in ms. */
export const POLL_MS = 15;

/** Opens /admin/weights (or `url`) and answers the profiles, indicators and score history requests. */
export async function openWeightsPage(url = '/admin/weights') {
  const { http, el, stable, harness } = await renderRoute(
    url,
    [
      { path: 'admin/weights', component: WeightsPage },
      { path: '**', component: Blank },
    ],
    { providers: [{ provide: BUILD_POLL_MS, useValue: POLL_MS }] },
  );
  const list = http.expectOne((r) => r.url === '/api/profiles');
  if (list.request.params.has('includeArchived')) throw new Error('the weights page lists only active profiles');
  list.flush(PROFILES);
  http.expectOne('/api/indicators').flush(INDICATORS);
  http.expectOne((r) => r.url === '/api/index/scores').flush(SCORES);
  await stable();
  return { http, el, stable, harness };
}

/** Opens the Default profile with version 2 (50/30/20) saved and served. */
export async function openLoadedWeightsPage() {
  const page = await openWeightsPage();
  page.http.expectOne('/api/profiles/1/versions').flush([aVersion(), aVersion({ id: 10, number: 1 })]);
  await page.stable();
  buildRequest(page.http).flush(aBuild());
  await page.stable();
  return page;
}

export const buildRequest = (http: HttpTestingController): TestRequest => http.expectOne('/api/profiles/1/build');
export const row = (el: HTMLElement, key: string) => el.querySelector(`.row[data-key=${key}]`) as HTMLElement;
export const slider = (el: HTMLElement, key: string) => row(el, key).querySelector('input[type=range]') as HTMLInputElement;
export const numberField = (el: HTMLElement, key: string) => row(el, key).querySelector('input[type=number]') as HTMLInputElement;
export const shares = (el: HTMLElement) => Array.from(el.querySelectorAll('[data-testid=share]')).map((s) => s.textContent?.trim());
export const noteField = (el: HTMLElement) => el.querySelector('[data-testid=note]') as HTMLTextAreaElement;
export const saveButton = (el: HTMLElement) => el.querySelector('[data-testid=save]') as HTMLButtonElement;

/** Types into a field as a user would (an input event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The y values of each line of the preview chart (saved, preview), before decimation. */
export function previewData(el: HTMLElement): number[][] {
  const chart = Chart.getChart(el.querySelector('canvas[data-chart=weights-preview]') as HTMLCanvasElement) as Chart<'line'>;
  return chart.data.datasets.map((d) =>
    ((d as unknown as { _data?: { y: number }[] })._data ?? (d.data as unknown as { y: number }[])).map((p) => p.y),
  );
}
