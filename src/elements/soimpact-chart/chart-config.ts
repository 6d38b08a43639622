/**
 * The Chart.js side of `<soimpact-chart>`: what it registers, and a pure function from
 * indicators and a colour theme to one line chart's configuration.
 *
 * Only the line controller, the linear scale and the point and line elements are added to
 * Chart.js's registry (once, on the first chart); registering only adds, so a page that has
 * its own charts keeps what it had. The x axis is a linear scale over timestamps, with
 * ticks written by `Intl.DateTimeFormat`: no date adapter is needed. Plugins (Tooltip,
 * Decimation) are passed inline to each chart so they run on ours only, and
 * `Chart.defaults` is never touched.
 */
import {
  Chart,
  Decimation,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type PointStyle,
} from 'chart.js';
import { dateValue, type Indicator } from '../../core/soimpact/plan.js';

export { Chart };

let registered = false;

export function ensureRegistered(): void {
  if (registered) return;
  Chart.register(LineController, LinearScale, PointElement, LineElement);
  registered = true;
}

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  baseline: string;
  target: string;
  series: string[];
  fontFamily: string;
  fontSize: number;
}

/** Print is black on white whatever the screen theme; told apart by dashes and markers. */
export const PRINT_THEME: Omit<ChartTheme, 'fontFamily' | 'fontSize'> = {
  text: '#000000',
  muted: '#333333',
  grid: '#bbbbbb',
  background: '#ffffff',
  baseline: '#555555',
  target: '#000000',
  series: ['#000000', '#444444', '#000000', '#444444'],
};

export const DASHES: readonly number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4]];
export const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

/** From this many points on a line, points are not drawn and the line is decimated. */
export const MANY_POINTS = 500;

export interface LineInput {
  indicators: readonly Indicator[];
  theme: ChartTheme;
  animate: boolean;
  pixelRatio?: number;
  /** Labels in the current language. */
  labels: { baseline: (name: string) => string; target: (name: string) => string };
  formatValue: (value: number, indicator: Indicator) => string;
  formatDate: (time: number, span: number) => string;
  formatNumber: (value: number) => string;
  /** Y axis title, when every indicator shares one unit. */
  yTitle?: string;
}

export type XY = { x: number; y: number };
export type LineConfig = ChartConfiguration<'line', XY[]>;

/** The time span the chart covers: every measurement, baseline and target date, padded when it is one day. */
export function domainOf(indicators: readonly Indicator[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const see = (date: string) => {
    const t = dateValue(date);
    if (Number.isFinite(t)) {
      if (t < min) min = t;
      if (t > max) max = t;
    }
  };
  for (const indicator of indicators) {
    // Measurements are in date order (the schema checks), so the ends are enough.
    const first = indicator.measurements[0];
    const last = indicator.measurements[indicator.measurements.length - 1];
    if (first) see(first.date);
    if (last) see(last.date);
    if (indicator.baseline) see(indicator.baseline.date);
    if (indicator.target) see(indicator.target.date);
  }
  if (!Number.isFinite(min)) {
    const now = Date.now();
    return { min: now - 15 * DAY, max: now + 15 * DAY };
  }
  if (max - min < DAY) return { min: min - 15 * DAY, max: max + 15 * DAY };
  return { min, max };
}

const DAY = 86_400_000;

/** One line chart's configuration. Pure: the same input gives the same configuration. */
export function lineConfig(input: LineInput): LineConfig {
  const { theme, indicators } = input;
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const small = { ...font, size: Math.max(10, theme.fontSize - 3) };
  const domain = domainOf(indicators);
  const span = domain.max - domain.min;
  const many = indicators.some((i) => i.measurements.length >= MANY_POINTS);
  const datasets: Array<ChartDataset<'line', XY[]>> = [];
  const owners: Indicator[] = [];

  indicators.forEach((indicator, index) => {
    const colour = theme.series[index % theme.series.length]!;
    const data = new Array<XY>(indicator.measurements.length);
    indicator.measurements.forEach((m, k) => (data[k] = { x: dateValue(m.date), y: m.value }));
    const dense = data.length >= MANY_POINTS;
    datasets.push({
      label: indicator.name,
      data,
      borderColor: colour,
      backgroundColor: colour,
      pointBackgroundColor: colour,
      pointBorderColor: theme.background,
      borderWidth: dense ? 1.5 : 3,
      borderDash: [...DASHES[index % DASHES.length]!],
      pointStyle: POINT_STYLES[index % POINT_STYLES.length]!,
      pointRadius: dense ? 0 : 4,
      pointHoverRadius: dense ? 3 : 6,
      pointHitRadius: 6,
      tension: 0,
      order: index,
    });
    owners.push(indicator);
    for (const kind of ['baseline', 'target'] as const) {
      const point = indicator[kind];
      if (!point) continue;
      datasets.push({
        label: kind === 'baseline' ? input.labels.baseline(indicator.name) : input.labels.target(indicator.name),
        data: [
          { x: domain.min, y: point.value },
          { x: domain.max, y: point.value },
        ],
        borderColor: kind === 'baseline' ? theme.baseline : theme.target,
        backgroundColor: kind === 'baseline' ? theme.baseline : theme.target,
        borderWidth: 2,
        borderDash: kind === 'baseline' ? [2, 4] : [8, 4],
        pointRadius: 0,
        pointHoverRadius: 0,
        pointHitRadius: 4,
        order: 100 + index,
      });
      owners.push(indicator);
    }
  });

  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      spanGaps: true,
      animation: input.animate && !many ? { duration: 300 } : false,
      devicePixelRatio: input.pixelRatio,
      color: theme.text,
      font,
      layout: { padding: 4 },
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      scales: {
        x: {
          type: 'linear',
          min: domain.min,
          max: domain.max,
          grid: { color: theme.grid },
          border: { color: theme.muted },
          ticks: {
            color: theme.muted,
            font: small,
            maxRotation: 0,
            autoSkip: true,
            maxTicksLimit: 8,
            callback: (value) => input.formatDate(Number(value), span),
          },
        },
        y: {
          type: 'linear',
          grace: '5%',
          grid: { color: theme.grid },
          border: { color: theme.muted },
          title: input.yTitle ? { display: true, text: input.yTitle, color: theme.muted, font: small } : { display: false },
          ticks: {
            color: theme.muted,
            font: small,
            // In the indicators' unit when they share one; a plain number when units are mixed.
            callback: (value) =>
              input.yTitle && indicators[0] ? input.formatValue(Number(value), indicators[0]) : input.formatNumber(Number(value)),
          },
        },
      },
      plugins: {
        legend: { display: false },
        title: { display: false },
        colors: { enabled: false },
        decimation: { enabled: many, algorithm: 'min-max' },
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
            title: (items) => (items[0] ? input.formatDate(items[0].parsed.x ?? 0, 0) : ''),
            label: (item) => {
              const owner = owners[item.datasetIndex];
              const y = item.parsed.y;
              return `${item.dataset.label ?? ''}: ${owner && y !== null && y !== undefined ? input.formatValue(y, owner) : '–'}`;
            },
          },
        },
      },
    },
    plugins: [Tooltip, Decimation],
  };
}
