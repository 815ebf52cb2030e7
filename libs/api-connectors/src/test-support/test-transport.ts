import { HttpTransport, type HttpSettings } from '../lib/http/http-transport';
import { DEFAULT_HTTP_SETTINGS } from '../lib/settings/default-settings';
import { ManualClock } from './manual-clock';
import { MemoryLogger } from './memory-logger';

/**
 * Test HTTP settings: 1 s backoff base and a 1.5 s timeout. With the random source fixed at 0.5
 * the jittered backoff is 3/4 of the exponential one: 750 ms, then 1500 ms.
 */
export const TEST_HTTP_SETTINGS: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, timeoutMs: 1_500, backoffBaseMs: 1_000 };

/** A transport on a manual clock with its logger, for connector tests. */
export function testTransport(overrides: Partial<HttpSettings> = {}) {
  const clock = new ManualClock();
  const logger = new MemoryLogger();
  const transport = new HttpTransport({ ...TEST_HTTP_SETTINGS, ...overrides }, logger, { clock, random: () => 0.5 });
  return { clock, logger, transport };
}
