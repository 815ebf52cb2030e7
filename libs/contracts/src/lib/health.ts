export interface HealthView {
  status: 'ok' | 'degraded';
  database: { engine: 'sqlite' | 'postgres'; ready: boolean };
  uptimeSeconds: number;
}
