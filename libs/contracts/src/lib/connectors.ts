export type ConnectorRunStatusView = 'running' | 'ok' | 'partial' | 'failed';

export interface ConnectorRunView {
  id: number;
  connectorKey: string;
  trigger: 'schedule' | 'manual' | 'retry';
  startedAt: string;
  finishedAt: string | null;
  /** partial: some requests failed (see warnings) but what arrived was stored. */
  status: ConnectorRunStatusView;
  observationsAdded: number;
  observationsUpdated: number;
  draftsAdded: number;
  warnings: string[];
  error: string | null;
}

export interface ConnectorStatusView {
  key: string;
  name: string;
  /** Cron expression (UTC) of the scheduled sync; null when schedules are switched off. */
  schedule: string | null;
  running: boolean;
  lastRun: ConnectorRunView | null;
  recentRuns: ConnectorRunView[];
}
