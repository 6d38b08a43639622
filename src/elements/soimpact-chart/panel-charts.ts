/**
 * What each panel of `<soimpact-chart>` is drawn with: the element's colours (print colours
 * while printing) and, per panel, the line chart's configuration in the current language —
 * labels, value and date formats, the tick format for the time axis.
 */
import { msg, str } from '@lit/localize';
import type { UnitPanel } from '../../core/soimpact/measurements.js';
import { dateTimeFormat } from '../../i18n/number.js';
import { PRINT_COLOURS, readCanvasTheme } from '../../charts/theme.js';
import type { TickUnit } from '../../charts/time-ticks.js';
import { colourProbe } from '../../styles/resolve-colour.js';
import { formatPlanDate, formatValue, unitName } from '../soimpact-chain/format.js';
import { domainOf, lineConfig, pointsPending, seriesPoints, type ChartTheme, type LineConfig } from './chart-config.js';
import { baselineEndLabel, targetEndLabel } from './templates.js';

/** Colours and font from the element's computed custom properties, for this instance only. */
export function chartTheme(element: HTMLElement, printing: boolean): ChartTheme {
  // The tokens are light-dark() pairs: resolve them against the element's colour scheme.
  const read = readCanvasTheme(element, colourProbe(element.shadowRoot!));
  const theme: ChartTheme = { ...read, baseline: read.muted, target: read.text };
  return printing ? { ...theme, ...PRINT_COLOURS, baseline: '#555555', target: '#000000' } : theme;
}

/** A date on the time axis: years, months or days, as the span asks. */
export function formatTick(time: number, unit: TickUnit): string {
  const options: Intl.DateTimeFormatOptions =
    unit === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : unit === 'month'
        ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return dateTimeFormat(options).format(time);
}

export interface PanelChartsInput {
  panels: readonly UnitPanel[];
  /** The panels' canvases, in panel order; a panel without one is not drawn. */
  canvases: readonly HTMLCanvasElement[];
  theme: ChartTheme;
  animate: boolean;
  pixelRatio: number | undefined;
}

/** One chart per panel, on one shared time axis (every panel covers the same dates). */
export function panelCharts(input: PanelChartsInput): Array<{ canvas: HTMLCanvasElement; config: LineConfig }> {
  const domain = domainOf(input.panels.flatMap((p) => p.indicators));
  return input.panels.flatMap((panel, i) => {
    const canvas = input.canvases[i];
    if (!canvas) return [];
    const unit = panel.indicators[0]!.unit;
    const config = lineConfig({
      indicators: panel.indicators,
      // Colours and shapes need to differ within a panel; each panel starts again at the first.
      seriesIndex: (indicator) => panel.indicators.indexOf(indicator),
      unit: panel.unit,
      domain,
      width: canvas.parentElement?.clientWidth ?? 600,
      theme: input.theme,
      animate: input.animate,
      ...(input.pixelRatio ? { pixelRatio: input.pixelRatio } : {}),
      labels: {
        baseline: (name) => msg(str`Nullpunkt: ${name}`),
        target: (name) => msg(str`Måltall: ${name}`),
        baselineEnd: baselineEndLabel,
        targetEnd: targetEndLabel,
      },
      formatValue: (value, indicator) => formatValue(value, indicator.unit),
      // «200 dager» on every tick took a third of a phone-wide panel, under the title «Dager»:
      // the room the labels inside the plot need to stand clear of the readings.
      formatAxisValue: (value) => formatValue(value, unit === 'days' ? 'count' : unit),
      formatTick,
      formatDate: formatPlanDate,
      yTitle: unitName(unit),
    });
    return [{ canvas, config }];
  });
}

/**
 * Makes the points of very long series in a task of their own before they are drawn, so no
 * task carries both turning 100,000 readings into points and Chart.js drawing them.
 */
export class PointsAhead {
  /** Resolves when the points asked for last are made (at once when none are pending). */
  made: Promise<void> = Promise.resolve();
  private pending = false;

  constructor(private readonly whenMade: () => void) {}

  /** Whether the panels can be drawn now; if not, their points are made in the next task and `whenMade` is called. */
  ready(panels: readonly UnitPanel[]): boolean {
    const series = panels.flatMap((p) => p.indicators.map((i) => i.measurements)).filter(pointsPending);
    if (!series.length) return true;
    if (!this.pending) {
      this.pending = true;
      this.made = new Promise((resolve) =>
        setTimeout(() => {
          for (const measurements of series) seriesPoints(measurements);
          // Drawn in the task after: a render asked for here would run in this task's microtasks.
          setTimeout(() => {
            this.pending = false;
            this.whenMade();
            resolve();
          });
        }),
      );
    }
    return false;
  }
}
