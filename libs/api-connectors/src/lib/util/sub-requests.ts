import type { ConnectorBatch, ConnectorLogger, DraftEventRecord, ObservationRecord } from '../model/connector';
import { ConnectorError, SourceThrottledError } from '../model/errors';

/** One request of a multi-request fetch (one GDELT query, World Bank indicator, feed…). */
export interface SubRequest {
  /** Names it in warnings, e.g. `feed "Eurasianet"`. */
  readonly label: string;
  run(): Promise<ConnectorBatch>;
}

/**
 * Runs the requests one after another and merges their batches. Each request is all-or-nothing:
 * a `ConnectorError` becomes a warning and that request contributes no records. After throttling
 * the remaining requests are skipped (asking again at once would only prolong it). When no
 * request succeeded, the first error is thrown: a failed fetch never looks like "no data".
 * Any other error is a bug and propagates immediately.
 */
export async function runSubRequests(
  connectorKey: string,
  logger: ConnectorLogger,
  requests: readonly SubRequest[],
): Promise<ConnectorBatch> {
  const observations: ObservationRecord[] = [];
  const draftEvents: DraftEventRecord[] = [];
  const warnings: string[] = [];
  const failures: ConnectorError[] = [];
  let succeeded = 0;
  for (const [index, request] of requests.entries()) {
    try {
      const batch = await request.run();
      observations.push(...batch.observations);
      draftEvents.push(...batch.draftEvents);
      warnings.push(...batch.warnings.map((warning) => `${request.label}: ${warning}`));
      succeeded++;
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      failures.push(error);
      warnings.push(`${request.label} failed: ${error.message}`);
      logger.warn(`[${connectorKey}] ${request.label} failed: ${error.message}`);
      if (error instanceof SourceThrottledError) {
        const skipped = requests.slice(index + 1).map((r) => r.label);
        if (skipped.length > 0) warnings.push(`skipped after throttling: ${skipped.join('; ')}`);
        break;
      }
    }
  }
  if (succeeded === 0 && failures.length > 0) throw failures[0];
  return { observations, draftEvents, warnings };
}
