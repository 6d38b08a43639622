/**
 * The Chart.js side of `<samson-profile>`: what it registers, and a pure function from
 * profile data and a colour theme to one radar chart's configuration.
 *
 * Registration is shared with `<soimpact-chart>` in `src/charts/register.ts` (which says why
 * the Tooltip plugin must be registered, not only passed inline: without its defaults it
 * never draws). The legend is ours, rendered in the DOM. Every colour and font comes from
 * the element, through the options of each chart; `Chart.defaults` is never touched.
 */
import type { Chart, ChartConfiguration, ChartDataset, RadialLinearScale } from 'chart.js';
import { readCanvasTheme, type CanvasTheme } from '../../charts/theme.js';
import type { ChartRuntime } from '../../charts/lifecycle.js';
import { tooltipLines } from '../../charts/tooltip-lines.js';
import { formatNumber, formatScore } from '../../i18n/number.js';
import { seriesDataset, withAlpha, type StyledSeries } from './series-style.js';

/** Chart.js's own default, set so the tooltip's lines can be fitted to it. */
const TOOLTIP_PADDING = 6;

let radarCharts: Promise<ChartRuntime> | undefined;

/**
 * Loads Chart.js (a chunk of its own) with the radar's pieces registered: the lifecycle's
 * `load`. Once loaded, every later profile gets the same settled promise, so one created
 * when printing has begun draws within the same turn, before the page is laid out for print.
 */
export function loadRadarCharts(): Promise<ChartRuntime> {
  radarCharts ??= import('../../charts/register.js').then(
    ({ Chart, registerRadarCharts }) => {
      registerRadarCharts();
      return { Chart };
    },
    (error: unknown) => {
      radarCharts = undefined; // offline or moved: the next profile tries again
      throw error;
    },
  );
  return radarCharts;
}

/** The shared canvas colours (src/charts/theme.ts) plus the profile's importance layer and series fills. */
export interface ChartTheme extends CanvasTheme {
  importance: string;
  importanceFill: string;
  seriesFill: string[];
}

/**
 * Reads the chart's colours from the element's computed custom properties — per instance and
 * per media state (dark, forced colours) — resolved to rgb() through a probe element in its
 * shadow root, so that earlier rounds and fills can be drawn lighter.
 */
export function readChartTheme(host: HTMLElement, probe: HTMLElement | null): ChartTheme {
  const { extra, ...canvas } = readCanvasTheme(host, probe);
  const importance = extra('--_importance', '#9aa3ad');
  return {
    ...canvas,
    fontFamily: canvas.fontFamily || 'system-ui, sans-serif',
    importance,
    importanceFill: withAlpha(importance, 0.55),
    seriesFill: canvas.series.map((c) => withAlpha(c, 0.15)),
  };
}

/** One line of the radar, with its look (see series-style.ts). */
export type RadarSeries = StyledSeries;

export interface RadarInput {
  /** Axis labels as drawn (a string array is several lines). */
  labels: Array<string | string[]>;
  /** Full axis names for the tooltip title. */
  titles: string[];
  series: RadarSeries[];
  /** The grey layer, one per axis; null draws none. */
  importance: ReadonlyArray<number | null> | null;
  importanceLabel: string;
  theme: ChartTheme;
  animate: boolean;
  /** Devicepixel ratio to draw at (print); undefined follows the screen. */
  pixelRatio?: number;
  /** Called with the axis index when a point label is clicked. */
  onAxisClick?: (index: number) => void;
}

export type RadarConfig = ChartConfiguration<'radar', Array<number | null>, string | string[]>;

/**
 * Splits a long axis name into lines of about `width` characters, at spaces; a single word
 * longer than that (Kompetansekomplementaritet) is hyphenated between two consonants near
 * its middle, as Norwegian and Danish syllables break.
 */
export function wrapLabel(text: string, width = 15): string | string[] {
  if (text.length <= width) return text;
  const words = text.split(/\s+/).flatMap((word) => (word.length > width + 2 ? hyphenate(word) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line.endsWith('-') || line.length + 1 + word.length > width)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function hyphenate(word: string): string[] {
  const consonant = /[bcdfghjklmnpqrstvwxzß]/i;
  const middle = word.length / 2;
  let best = -1;
  for (let i = 4; i <= word.length - 4; i++) {
    if (
      consonant.test(word[i - 1]!) &&
      consonant.test(word[i]!) &&
      (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))
    ) {
      best = i;
    }
  }
  return best < 0 ? [word] : [`${word.slice(0, best)}-`, word.slice(best)];
}

/** The index of the point label under (x, y), in CSS pixels of the canvas, or -1. */
export function axisAt(chart: Chart, x: number, y: number): number {
  const scale = chart.scales['r'] as RadialLinearScale | undefined;
  if (!scale) return -1;
  const count = chart.data.labels?.length ?? 0;
  const pad = 4;
  for (let i = 0; i < count; i++) {
    const box = scale.getPointLabelPosition(i);
    if (x >= box.left - pad && x <= box.right + pad && y >= box.top - pad && y <= box.bottom + pad) return i;
  }
  return -1;
}

/** One radar chart's configuration. Pure: the same input gives the same configuration. */
export function radarConfig(input: RadarInput): RadarConfig {
  const { theme } = input;
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const datasets: Array<ChartDataset<'radar', Array<number | null>>> = [];
  if (input.importance) {
    datasets.push({
      label: input.importanceLabel,
      data: [...input.importance],
      backgroundColor: theme.importanceFill,
      borderColor: theme.importance,
      borderWidth: 1,
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 6,
      fill: 'origin',
      // Drawn first (behind the score lines): a higher order is drawn earlier.
      order: 100,
    });
  }
  for (const series of input.series) datasets.push(seriesDataset(series, theme));

  const { onAxisClick } = input;
  return {
    type: 'radar',
    data: { labels: input.labels, datasets },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: input.animate ? { duration: 350 } : false,
      devicePixelRatio: input.pixelRatio,
      color: theme.text,
      font,
      spanGaps: false,
      layout: { padding: 4 },
      scales: {
        r: {
          min: 0,
          max: 10,
          beginAtZero: true,
          angleLines: { color: theme.grid },
          grid: { color: theme.grid },
          ticks: {
            stepSize: 2,
            color: theme.muted,
            backdropColor: theme.background,
            font: { ...font, size: Math.max(10, theme.fontSize - 3) },
            // The rings are whole numbers (0, 2 … 10); the scores read in the tooltip have their one decimal.
            callback: (value) => formatNumber(Number(value), 0),
          },
          pointLabels: {
            color: theme.text,
            font: { ...font, size: Math.round(theme.fontSize * 0.875), weight: 'bold' },
            padding: 6,
          },
        },
      },
      plugins: {
        // Ours is in the DOM; and a page that registered these globally must not add them here.
        legend: { display: false },
        title: { display: false },
        colors: { enabled: false },
        filler: { propagate: false },
        tooltip: {
          enabled: true,
          backgroundColor: theme.background,
          titleColor: theme.text,
          bodyColor: theme.text,
          borderColor: theme.grid,
          borderWidth: 1,
          padding: TOOLTIP_PADDING,
          titleFont: { ...font, weight: 'bold' },
          bodyFont: font,
          usePointStyle: true,
          callbacks: {
            title: (items) => (items[0] ? (input.titles[items[0].dataIndex] ?? '') : ''),
            // In lines that fit: a round's and a party's label on a phone-wide radar ran past its edges.
            label: (item) =>
              tooltipLines(
                item.chart,
                `${item.dataset.label ?? ''}: ${item.raw === null || item.raw === undefined ? '–' : formatScore(Number(item.raw))}`,
                font,
                TOOLTIP_PADDING,
              ),
          },
        },
      },
      onClick: onAxisClick
        ? (event, _elements, chart) => {
            const index = axisAt(chart, event.x ?? -1, event.y ?? -1);
            if (index >= 0) onAxisClick(index);
          }
        : undefined,
      onHover: onAxisClick
        ? (event, _elements, chart) => {
            chart.canvas.style.cursor = axisAt(chart, event.x ?? -1, event.y ?? -1) >= 0 ? 'pointer' : '';
          }
        : undefined,
    },
  };
}
