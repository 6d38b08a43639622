/**
 * The one place the library adds pieces to Chart.js's registry. Both chart elements call
 * `registerCharts()` before their first chart, so a bundle that loads Chart.js lazily (or
 * from another copy) only has to change this module.
 *
 * The elements import this module dynamically (src/charts/lifecycle.ts `load`), on their first
 * chart, so Chart.js is a chunk of its own that a page without a drawn chart never loads.
 *
 * Chart.js keeps one registry per copy of the library (chartjs/Chart.js#11421 asks for a
 * per-instance one; it does not exist). Only what each element uses is registered, one
 * function per element so that a bundle of one element does not carry the other's
 * controller: the line chart gets the line controller, the linear scale, point and line
 * elements and the Tooltip and Decimation plugins; the radar the radar controller, the
 * radial scale, point and line elements and the Filler and Tooltip plugins. Registering
 * only adds — a page that registered (or re-configured) these pieces keeps what it had.
 *
 * Plugins must be registered, not only passed inline in `config.plugins`: Chart.js merges a
 * plugin's `defaults` into the options only for registered plugins, and the Tooltip
 * without its defaults lays itself out with NaN sizes and never draws (issue 15). A
 * registered plugin runs on every chart of the same Chart.js copy, so each of our charts
 * sets every plugin's options it relies on, and the defaults of the three are harmless to
 * other charts: Decimation is disabled by default, Filler only acts on datasets with
 * `fill`, and Tooltip is Chart.js's own default behaviour. `Chart.defaults` is never touched.
 */
import {
  Chart,
  Decimation,
  Filler,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

export { Chart };

let lineRegistered = false;
let radarRegistered = false;

/** What `<soimpact-chart>` draws with, added to Chart.js's registry once per page. */
export function registerLineCharts(): void {
  if (lineRegistered) return;
  Chart.register(LineController, LinearScale, PointElement, LineElement, Tooltip, Decimation);
  lineRegistered = true;
}

/** What `<samson-profile>` draws with, added to Chart.js's registry once per page. */
export function registerRadarCharts(): void {
  if (radarRegistered) return;
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);
  radarRegistered = true;
}
