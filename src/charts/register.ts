/**
 * The one place the library adds pieces to Chart.js's registry. Both chart elements call
 * `registerCharts()` before their first chart, so a bundle that loads Chart.js lazily (or
 * from another copy) only has to change this module.
 *
 * Chart.js keeps one registry per copy of the library (chartjs/Chart.js#11421 asks for a
 * per-instance one; it does not exist). Only what the two elements use is registered:
 * the line and radar controllers, the linear and radial scales, point and line elements,
 * and the Filler, Tooltip and Decimation plugins. Registering only adds — a page that
 * registered (or re-configured) these pieces keeps exactly what it had.
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

let registered = false;

/** Adds the pieces the library's charts use to Chart.js's registry, once per page. */
export function registerCharts(): void {
  if (registered) return;
  Chart.register(LineController, RadarController, LinearScale, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Decimation);
  registered = true;
}
