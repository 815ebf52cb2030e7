import { Chart, Decimation, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip } from 'chart.js';
import 'chartjs-adapter-date-fns';

let registered = false;

/**
 * Registers only the chart.js parts the admin charts use (lines on a time axis, tooltip, legend,
 * LTTB decimation for long daily histories) so the rest of chart.js is tree-shaken away. Idempotent;
 * registering a part another library registered too is harmless.
 */
export function registerAdminCharts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, Decimation);
  registered = true;
}
