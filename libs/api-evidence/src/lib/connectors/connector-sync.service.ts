import { CLOCK, Clock } from '@kem/api-config';
import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { ConnectorError, ConnectorRegistry, UnknownConnectorError } from '@kem/api-connectors';
import { ConnectorRunEntity, ConnectorRunTrigger } from '@kem/api-data';
import { ConflictError, NotFoundError } from '@kem/api-http';
import { ConnectorRunView, ConnectorStatusView } from '@kem/contracts';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { storeConnectorBatch } from './connector-batch-store';
import { releaseLease, takeLease } from './connector-lease';
import { CONNECTOR_REGISTRY } from './connector-registry.provider';
import { ConnectorShutdown, ShutdownAbortError } from './connector-shutdown';
import { toConnectorRunView } from './connector-run-view';
import { fetchWindowFor } from './fetch-window';

/** A sync may take minutes (GDELT allows one request per 5 s); a crashed holder's lease lapses after this. */
const LEASE_MS = 30 * 60_000;
/** Waits before retrying a source that was down or throttling: 5, 15, then 45 minutes. */
export const RETRY_DELAYS_MS = [5 * 60_000, 15 * 60_000, 45 * 60_000];
/** On shutdown, how long interrupted syncs get to record that they were interrupted and hand their leases back. */
const SHUTDOWN_GRACE_MS = 3_000;

/**
 * Runs connector syncs in the background: one run row per sync, a lease so only one API instance
 * syncs a source at a time, everything a fetch returned stored in one transaction (or nothing),
 * and transient failures retried later with backoff. On shutdown, syncs in flight are cut short
 * (their requests aborted), recorded as interrupted and their leases handed back at once.
 */
@Injectable()
export class ConnectorSyncService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ConnectorSyncService.name);
  private readonly holder = `api-${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    @Inject(CONNECTOR_REGISTRY) private readonly registry: ConnectorRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shutdown: ConnectorShutdown,
  ) {}

  async statuses(): Promise<ConnectorStatusView[]> {
    return Promise.all(this.registry.list().map((c) => this.status(c.key)));
  }

  async status(key: string): Promise<ConnectorStatusView> {
    const connector = this.connector(key);
    const runs = await this.dataSource.getRepository(ConnectorRunEntity).find({
      where: { connectorKey: key },
      order: { startedAt: 'DESC', id: 'DESC' },
      take: 10,
    });
    return {
      key,
      name: connector.name,
      schedule: this.config.schedulesEnabled ? this.config.connectors.cron : null,
      running: runs[0]?.status === 'running',
      lastRun: runs[0] ? toConnectorRunView(runs[0]) : null,
      recentRuns: runs.map(toConnectorRunView),
    };
  }

  /** Starts a sync and returns its run at once; the work continues in the background. */
  async start(key: string, trigger: ConnectorRunTrigger, attempt = 0): Promise<ConnectorRunView> {
    this.connector(key);
    if (this.shutdown.stopping) throw new ConflictError('The API is shutting down; start the sync again once it is back');
    if (!(await takeLease(this.dataSource, key, this.holder, LEASE_MS, this.clock.now()))) {
      throw new ConflictError(`A sync of ${key} is already running`);
    }
    // Holding the lease, any run of this connector still marked running was cut off by a crash.
    await this.dataSource
      .getRepository(ConnectorRunEntity)
      .update(
        { connectorKey: key, status: 'running' },
        { status: 'failed', finishedAt: this.clock.now(), error: 'Interrupted: the API stopped during this sync' },
      );
    const run = await this.dataSource.getRepository(ConnectorRunEntity).save({
      connectorKey: key,
      trigger,
      startedAt: this.clock.now(),
      finishedAt: null,
      status: 'running',
      observationsAdded: 0,
      observationsUpdated: 0,
      draftsAdded: 0,
      warnings: null,
      error: null,
    });
    const work = this.execute(run, attempt).finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return toConnectorRunView(run);
  }

  /** Resolves when every sync started so far has finished (tests and shutdown wait on it). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Cuts syncs in flight short and waits (briefly) for them to record it and hand their leases back. */
  async beforeApplicationShutdown(): Promise<void> {
    this.shutdown.abort();
    this.retryTimers.forEach((timer) => clearTimeout(timer));
    this.retryTimers.clear();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.settled(), new Promise((done) => (timer = setTimeout(done, SHUTDOWN_GRACE_MS)))]);
    clearTimeout(timer);
  }

  private async execute(run: ConnectorRunEntity, attempt: number): Promise<void> {
    const connector = this.connector(run.connectorKey);
    const runs = this.dataSource.getRepository(ConnectorRunEntity);
    try {
      // A connector that does not stop at the abort is not waited for either.
      const batch = await this.shutdown.race(connector.fetch(fetchWindowFor(run.connectorKey, this.clock.now())));
      if (this.shutdown.stopping) throw new ShutdownAbortError();
      const counts = await this.dataSource.transaction((manager) =>
        storeConnectorBatch(manager, run.connectorKey, batch, this.clock.today()),
      );
      const warnings = [...batch.warnings, ...counts.skipped];
      await runs.update(
        { id: run.id },
        {
          status: batch.warnings.length > 0 ? 'partial' : 'ok',
          finishedAt: this.clock.now(),
          observationsAdded: counts.observationsAdded,
          observationsUpdated: counts.observationsUpdated,
          draftsAdded: counts.draftsAdded,
          warnings: warnings.length > 0 ? warnings : null,
        },
      );
      this.logger.log(
        `${run.connectorKey}: ${counts.observationsAdded} observations added, ${counts.observationsUpdated} updated, ${counts.draftsAdded} drafts`,
      );
    } catch (error) {
      const interrupted = this.shutdown.stopping;
      const message = interrupted ? new ShutdownAbortError().message : error instanceof Error ? error.message : String(error);
      await runs.update({ id: run.id }, { status: 'failed', finishedAt: this.clock.now(), error: message });
      if (interrupted) {
        this.logger.warn(`${run.connectorKey} sync interrupted by shutdown; its lease is handed back`);
        return;
      }
      this.logger.warn(`${run.connectorKey} sync failed: ${message}`);
      if (error instanceof ConnectorError && error.transient) this.scheduleRetry(run.connectorKey, attempt, error);
      else if (!(error instanceof ConnectorError)) this.logger.error(error instanceof Error ? (error.stack ?? message) : message);
    } finally {
      await releaseLease(this.dataSource, run.connectorKey, this.holder);
    }
  }

  private scheduleRetry(key: string, attempt: number, error: ConnectorError): void {
    if (attempt >= RETRY_DELAYS_MS.length) {
      this.logger.warn(`${key}: giving up until the next scheduled sync`);
      return;
    }
    const retryAfter = 'retryAfterMs' in error && typeof error.retryAfterMs === 'number' ? error.retryAfterMs : 0;
    const delay = Math.max(RETRY_DELAYS_MS[attempt], retryAfter);
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.start(key, 'retry', attempt + 1).catch((e: Error) => this.logger.warn(`${key} retry not started: ${e.message}`));
    }, delay);
    timer.unref();
    this.retryTimers.add(timer);
  }

  private connector(key: string) {
    try {
      return this.registry.get(key);
    } catch (error) {
      if (error instanceof UnknownConnectorError)
        throw new NotFoundError(`No connector "${key}"; known: ${this.registry.keys().join(', ')}`);
      throw error;
    }
  }
}
