import type { Clock } from './clock';

/**
 * A polite per-host rate limit: a request to a host starts at least `minIntervalMs` after the
 * previous request to that host started. Concurrent callers are served one after another, so
 * connectors sharing a transport share the limit (GDELT asks for one request every 5 s).
 */
export class HostRateLimiter {
  private readonly lastStart = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly clock: Clock) {}

  /** Resolves when a request to `host` may start, and records that it starts then. */
  acquire(host: string, minIntervalMs: number): Promise<void> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const turn = previous.then(() => this.waitForSlot(host, minIntervalMs));
    this.queues.set(host, turn);
    return turn;
  }

  private async waitForSlot(host: string, minIntervalMs: number): Promise<void> {
    const last = this.lastStart.get(host);
    if (last !== undefined) {
      const wait = last + minIntervalMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
    }
    this.lastStart.set(host, this.clock.now());
  }
}
