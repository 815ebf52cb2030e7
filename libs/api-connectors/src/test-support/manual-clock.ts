import type { Clock } from '../lib/http/clock';

/** A clock that only moves when slept on: sleeps return at once and are recorded. */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private nowMs = Date.parse('2026-05-10T12:00:00Z')) {}

  now(): number {
    return this.nowMs;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.nowMs += Math.max(0, ms);
  }
}
