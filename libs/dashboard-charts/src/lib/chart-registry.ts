import {
  Chart,
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
 * The only place chart.js is configured: registers exactly the parts the dashboard's charts use
 * (line and scatter controllers, time and linear scales, area fill, tooltip, legend, band
 * annotations) so the rest of chart.js is tree-shaken away. Idempotent; called before a chart is made.
 */
export function registerCharts(): void {
  if (registered) return;
  Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, TimeScale, Filler, Tooltip, Legend, annotationPlugin);
  Interaction.modes.markersFirst = markersFirst;
  Chart.defaults.font.family = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  Chart.defaults.color = '#44474e';
  registered = true;
}
