import { jest } from '@jest/globals';

/**
 * Fake timers for specs that wait on polling or dialogs: timeouts and intervals move only with
 * `advance`; animation frames and microtasks stay real, so Angular's change detection still runs.
 */
export function useFakeTimers(): void {
  jest.useFakeTimers({ doNotFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'queueMicrotask', 'nextTick', 'setImmediate'] });
}

/** Moves the fake clock on by `ms`, running the timers that fall due (and the promises they settle). */
export const advance = (ms: number): Promise<void> => jest.advanceTimersByTimeAsync(ms).then(() => undefined);
