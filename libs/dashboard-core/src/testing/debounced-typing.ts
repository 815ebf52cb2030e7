import { jest } from '@jest/globals';

/**
 * Types each of `texts` into a debounced `input` under fake timers, pausing 1 ms short of `pauseMs` after
 * each; `justBefore` runs then (nothing should have been sent yet). Then the pause ends and the change
 * detection the typing scheduled runs; real timers are back afterwards.
 */
export function typePausing(input: HTMLInputElement, texts: readonly string[], pauseMs: number, justBefore: () => void): void {
  jest.useFakeTimers();
  try {
    for (const text of texts) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(pauseMs - 1);
    }
    justBefore();
    jest.advanceTimersByTime(1);
    jest.runOnlyPendingTimers();
  } finally {
    jest.useRealTimers();
  }
}
