import type { ConnectorHealth } from '../model/connector';
import type { Clock } from '../http/clock';

/**
 * Runs a probe and reports instead of throwing: ok with the probe's detail, or not ok with the
 * error message. Health checks must never take the caller down.
 */
export async function probeHealth(clock: Clock, probe: () => Promise<string>): Promise<ConnectorHealth> {
  let ok: boolean;
  let detail: string;
  try {
    detail = await probe();
    ok = true;
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
    ok = false;
  }
  return { ok, detail, checkedAt: new Date(clock.now()).toISOString() };
}
