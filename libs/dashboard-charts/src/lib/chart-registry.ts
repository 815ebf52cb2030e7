import {
  Chart,
  Decimation,
  Filler,
  Interaction,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  Plugin,
  PointElement,
  ScatterController,
  TimeScale,
  Tooltip,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import * as annotationModule from 'chartjs-plugin-annotation';
import { markersFirst } from './markers-first';

// The plugin is the module's default export in its ES build; its CommonJS build (used by jest) exports it as the module itself.
const annotationPlugin = ('default' in annotationModule ? annotationModule.default : annotationModule) as Plugin;

let registered = false;

/**
 * Registers exactly the chart.js parts the dashboard's charts use (line and scatter controllers, time
 * and linear scales, area fill, tooltip, legend, LTTB decimation for long daily lines, band
 * annotations), the tooltip mode and the defaults, so the rest of chart.js is tree-shaken away. Each
 * chart's own options come from the pure `*.config.ts` functions beside it. Idempotent; `bindChart`
 * calls it before it makes a chart.
 */
export function registerCharts(): void {
  if (registered) return;
  Chart.register(
    LineController,
    ScatterController,
    LineElement,
    PointElement,
    LinearScale,
    TimeScale,
    Filler,
    Tooltip,
    Legend,
    Decimation,
    annotationPlugin,
  );
  Interaction.modes.markersFirst = markersFirst;
  Chart.defaults.font.family = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  Chart.defaults.color = '#44474e';
  registered = true;
}
