import { inject, PendingTasks } from '@angular/core';

/**
 * Returns a function that runs a callback once the browser has painted the next frame (in the
 * animation callback of the frame after it), so the work it starts never delays that paint. Until
 * then the application counts as busy (`whenStable` waits for it, as tests do). Call in an injection
 * context.
 */
export function afterNextPaint(): (run: () => void) => void {
  const pendingTasks = inject(PendingTasks);
  return (run) => {
    const done = pendingTasks.add();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        try {
          run();
        } finally {
          done();
        }
      }),
    );
  };
}
