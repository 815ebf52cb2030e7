/**
 * The jsdom environment chart components need, for the test setup of every library that renders a
 * chart: `import '@kem/dashboard-charts/testing';`. Real drawing is checked in the browser tests.
 */
import 'jest-canvas-mock';

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
