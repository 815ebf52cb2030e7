import 'jest-canvas-mock';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

// jsdom has no ResizeObserver; chart.js uses one to follow its container's size.
class ResizeObserverStub {
  observe(): void {
    // jsdom does no layout: nothing ever resizes
  }
  unobserve(): void {
    // nothing observed
  }
  disconnect(): void {
    // nothing observed
  }
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});
