import { systemClock, type Clock as TransportClock } from '@kem/api-connectors';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/** Raised into a sync that the API's shutdown cut short. */
export class ShutdownAbortError extends Error {
  constructor() {
    super('Interrupted: the API stopped during this sync');
    this.name = 'ShutdownAbortError';
  }
}

/**
 * One switch for everything the connectors wait on. On shutdown it aborts every HTTP request in
 * flight (the transport's `fetch` carries its signal), ends every backoff or rate-limit wait at
 * once, and makes `race` give up on a fetch still running — so SIGTERM is not held for minutes by
 * sources that cannot be reached (3 attempts × 20 s timeouts plus backoff, per request).
 */
@Injectable()
export class ConnectorShutdown implements BeforeApplicationShutdown {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopping(): boolean {
    return this.controller.signal.aborted;
  }

  beforeApplicationShutdown(): void {
    this.abort();
  }

  abort(): void {
    if (!this.controller.signal.aborted) this.controller.abort(new ShutdownAbortError());
  }

  /** The global fetch, aborted on shutdown as well as by the caller's own signal (its timeout). */
  readonly fetch: typeof fetch = (input, init) => {
    const signals = [this.signal, ...(init?.signal ? [init.signal] : [])];
    return globalThis.fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };

  /** The transport's clock, whose waits end at once on shutdown. */
  readonly clock: TransportClock = {
    now: () => systemClock.now(),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        if (this.stopping) return resolve();
        const signal = this.signal;
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        signal.addEventListener('abort', done);
      }),
  };

  /** Settles with `work`, or rejects with ShutdownAbortError as soon as the API stops, whichever comes first. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.stopping) return Promise.reject(new ShutdownAbortError());
    return new Promise<T>((resolve, reject) => {
      const stop = () => reject(new ShutdownAbortError());
      this.signal.addEventListener('abort', stop, { once: true });
      work.then(resolve, reject).finally(() => this.signal.removeEventListener('abort', stop));
    });
  }
}
