import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

// jsdom has no IntersectionObserver; the shell loads its narrow-screen menu when the button comes into view.
class IntersectionObserverStub {
  observe(): void {
    // jsdom lays nothing out: nothing ever comes into view
  }
  unobserve(): void {
    // nothing observed
  }
  disconnect(): void {
    // nothing observed
  }
}
(globalThis as { IntersectionObserver?: unknown }).IntersectionObserver ??= IntersectionObserverStub;

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});
