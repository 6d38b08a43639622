/**
 * The Chart.js side of `<samson-profile>`: what it registers, and a pure function from
 * profile data and a colour theme to one radar chart's configuration.
 *
 * Chart.js keeps one registry per copy of the library (chartjs/Chart.js#11421 asks for a
 * per-instance one; it does not exist), and a chart type, scale or element can only be used
 * once it is in that registry. So the radar controller, the radial scale and the point and
 * line elements are registered, lazily on the first chart rather than on import. That is
 * acceptable because registering only adds: `TypedRegistry.register` returns early for an
 * id it already has, so a page that registered (or re-configured the defaults of) these
 * pieces keeps exactly what it had, and no other chart on the page changes behaviour.
 * Plugins are different — a registered plugin runs on every chart of the page — so Filler
 * and Tooltip are passed inline to each chart (`config.plugins`), where Chart.js applies
 * their defaults to that chart only. The legend is ours, rendered in the DOM. Every colour
 * and font comes from the element, through the options of each chart; `Chart.defaults` is
 * never touched.
 */
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import { seriesDataset, type StyledSeries } from './series-style.js';

export { Chart };

let registered = false;

/** Adds the radar pieces to Chart.js's registry once; see the module comment for why this is safe. */
export function ensureRegistered(): void {
  if (registered) return;
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);
  registered = true;
}

/** Colours and font read from the element's computed custom properties, per instance. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  importance: string;
  importanceFill: string;
  /** One colour per series, cycled. */
  series: string[];
  seriesFill: string[];
  fontFamily: string;
  fontSize: number;
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
  format: (value: number) => string;
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
    if (consonant.test(word[i - 1]!) && consonant.test(word[i]!) && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
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
            callback: (value) => input.format(Number(value)),
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
          backgroundColor: theme.background,
          titleColor: theme.text,
          bodyColor: theme.text,
          borderColor: theme.grid,
          borderWidth: 1,
          titleFont: { ...font, weight: 'bold' },
          bodyFont: font,
          usePointStyle: true,
          callbacks: {
            title: (items) => (items[0] ? input.titles[items[0].dataIndex] ?? '' : ''),
            label: (item) =>
              `${item.dataset.label ?? ''}: ${item.raw === null || item.raw === undefined ? '–' : input.format(Number(item.raw))}`,
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
    plugins: [Filler, Tooltip],
  };
}
