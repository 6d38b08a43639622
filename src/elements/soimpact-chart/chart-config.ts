/**
 * The Chart.js side of `<soimpact-chart>`: a pure function from one panel's indicators (all
 * in one axis unit) and a colour theme to one line chart's configuration, and the loader of
 * Chart.js with the inline plugin that writes each reference line's label, right of the plot
 * or, in a narrow panel, inside it (reference-labels.ts, which uses Chart.js's helpers and so
 * comes with Chart.js's chunk).
 *
 * The x axis is a linear scale over timestamps, shared by every panel of the element (the
 * same `domain`), with calendar ticks (`calendarTicks`) written by `Intl.DateTimeFormat`:
 * no date adapter is needed. Registration is in `src/charts/register.ts`.
 */
import type { Chart, ChartConfiguration, ChartDataset, Plugin, PointStyle, Scale } from 'chart.js';
import { dateValue, type Indicator, type Measurement } from '../../core/soimpact/plan.js';
import type { AxisUnit } from '../../core/soimpact/measurements.js';
import { calendarTicks, type TickUnit } from '../../charts/time-ticks.js';
import type { CanvasTheme } from '../../charts/theme.js';
import type { ChartRuntime } from '../../charts/lifecycle.js';
import { tooltipLines } from '../../charts/tooltip-lines.js';

export interface ChartTheme extends CanvasTheme {
  baseline: string;
  target: string;
}

/** Series are told apart by colour and point shape; reference lines by dash pattern and their label. */
export const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];
export const BASELINE_DASH: readonly number[] = [2, 4];
export const TARGET_DASH: readonly number[] = [9, 5];

/**
 * From this many points on a line, points are not drawn and Chart.js's Decimation plugin
 * (min-max: every pixel column keeps its lowest and highest reading, so no peak is lost)
 * draws a few per pixel instead of all of them. The tooltip and the arrow keys name the
 * real reading behind each drawn point (`XY.i`); the data table lists every one.
 */
export const MANY_POINTS = 500;

/** The most lines of a reading's note in its tooltip. */
const NOTE_LINES = 4;

/** The tooltip box's padding, which its lines are fitted to. */
const TOOLTIP_PADDING = 8;

/** Roughly how wide one date label is, with room around it: at 390 px a panel gets four. */
const TICK_WIDTH = 84;

/** How far past the plot's edge a point may be drawn: its radius and border. */
const POINT_OVERFLOW = 8;

/** A point: the reading's time and value, and `i`, its index among the indicator's measurements (kept through decimation). */
export type XY = { x: number; y: number; i?: number };
export type LineConfig = ChartConfiguration<'line', XY[]>;
export type DatasetKind = 'series' | 'baseline' | 'target';

/** What each dataset is: a series of measurements, or an indicator's baseline or target line. */
const KINDS = new WeakMap<
  object,
  { kind: DatasetKind; indicator: Indicator; endLabel?: string; outside?: boolean; pointStyle: PointStyle; colour: string }
>();

/** From this panel width on, reference labels stand right of the plot, clear of the lines; narrower, inside it. */
export const LABELS_OUTSIDE_FROM = 640;

/** What the reference-labels plugin needs to know of a dataset. */
export function datasetInfo(dataset: object) {
  return KINDS.get(dataset);
}

/** Loads Chart.js (a chunk of its own) with the line chart's pieces registered: the lifecycle's `load`. */
export async function loadLineCharts(): Promise<ChartRuntime> {
  const [{ Chart, registerLineCharts }, { referenceLabels }] = await Promise.all([
    import('../../charts/register.js'),
    import('./reference-labels.js'),
  ]);
  registerLineCharts();
  return { Chart, plugins: [referenceLabels as Plugin] };
}

export function datasetKind(dataset: object): DatasetKind | undefined {
  return KINDS.get(dataset)?.kind;
}

export interface LineInput {
  indicators: readonly Indicator[];
  /** Position of each indicator among all drawn by the element (colour and point style). */
  seriesIndex: (indicator: Indicator) => number;
  unit: AxisUnit;
  domain: { min: number; max: number };
  /** The panel's width in CSS pixels, for how many date labels fit. */
  width: number;
  theme: ChartTheme;
  animate: boolean;
  pixelRatio?: number;
  /** Texts in the current language. */
  labels: {
    baseline: (name: string) => string;
    target: (name: string) => string;
    baselineEnd: (value: string) => string;
    targetEnd: (value: string, date: string) => string;
  };
  formatValue: (value: number, indicator: Indicator) => string;
  formatAxisValue: (value: number) => string;
  formatTick: (time: number, unit: TickUnit) => string;
  formatDate: (date: string) => string;
  yTitle: string;
}

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

/** A series' points and value range, made once per measurements array (plans are replaced, never changed). */
const SERIES_POINTS = new WeakMap<readonly Measurement[], { points: XY[]; lowest: number; highest: number }>();

/** From this many readings, one step of a series' work (validating it, making its points) is a task's worth. */
export const LONG_SERIES = 20_000;

/** Whether a series' points are not made yet and would take a task's worth of work (tens of thousands of readings). */
export function pointsPending(measurements: readonly Measurement[]): boolean {
  return measurements.length >= LONG_SERIES && !SERIES_POINTS.has(measurements);
}

export function seriesPoints(measurements: readonly Measurement[]): { points: XY[]; lowest: number; highest: number } {
  let series = SERIES_POINTS.get(measurements);
  if (series) return series;
  const points = new Array<XY>(measurements.length);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < measurements.length; i++) {
    const { date, value } = measurements[i]!;
    points[i] = { x: dateValue(date), y: value, i };
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  // Not extensible: Chart.js then hooks no listeners into the array (it only does so to follow
  // a page's push or splice), so every chart and redraw of the series can share it uncopied.
  series = { points: Object.preventExtensions(points), lowest, highest };
  SERIES_POINTS.set(measurements, series);
  return series;
}
const NON_NEGATIVE: ReadonlySet<AxisUnit> = new Set(['count', 'percent', 'days', 'nok']);

/** One panel's line chart configuration. Pure: the same input gives the same configuration. */
export function lineConfig(input: LineInput): LineConfig {
  const { theme, indicators, domain } = input;
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const small = { ...font, size: Math.max(11, theme.fontSize - 3) };
  const many = indicators.some((i) => i.measurements.length >= MANY_POINTS);
  const datasets: Array<ChartDataset<'line', XY[]>> = [];
  let lowest = Infinity;
  let highest = -Infinity;
  const see = (y: number) => {
    if (y < lowest) lowest = y;
    if (y > highest) highest = y;
  };

  const small$ = Math.max(11, theme.fontSize - 3);
  const endLabels: string[] = [];
  for (const indicator of indicators) {
    for (const kind of ['baseline', 'target'] as const) {
      const point = indicator[kind];
      if (!point) continue;
      const value = input.formatValue(point.value, indicator);
      endLabels.push(kind === 'baseline' ? input.labels.baselineEnd(value) : input.labels.targetEnd(value, point.date));
    }
  }
  const outside = input.width >= LABELS_OUTSIDE_FROM && endLabels.length > 0;
  // An estimate (the canvas cannot measure before it exists): bold small text is about 0.6 em a character.
  const labelRoom = outside ? Math.ceil(Math.max(...endLabels.map((l) => l.length)) * small$ * 0.6) + small$ + 14 : 0;

  indicators.forEach((indicator) => {
    const position = input.seriesIndex(indicator);
    const colour = theme.series[position % theme.series.length]!;
    const pointStyle = POINT_STYLES[position % POINT_STYLES.length]!;
    const points = seriesPoints(indicator.measurements);
    see(points.lowest);
    see(points.highest);
    const data = points.points;
    const dense = data.length >= MANY_POINTS;
    const series: ChartDataset<'line', XY[]> = {
      label: indicator.name,
      data,
      borderColor: colour,
      backgroundColor: colour,
      pointBackgroundColor: colour,
      pointBorderColor: theme.background,
      borderWidth: dense ? 1.5 : 3,
      pointStyle,
      pointRadius: dense ? 0 : 4.5,
      pointHoverRadius: dense ? 4 : 7,
      pointHitRadius: 8,
      // A reading on the first or last date sits on the plot's edge: drawn whole, not cut in half.
      clip: dense ? 0 : POINT_OVERFLOW,
      tension: 0,
      order: position,
    };
    KINDS.set(series, { kind: 'series', indicator, pointStyle, colour });
    datasets.push(series);
    for (const kind of ['baseline', 'target'] as const) {
      const point = indicator[kind];
      if (!point) continue;
      see(point.value);
      const value = input.formatValue(point.value, indicator);
      const reference: ChartDataset<'line', XY[]> = {
        label: kind === 'baseline' ? input.labels.baseline(indicator.name) : input.labels.target(indicator.name),
        data: [
          { x: domain.min, y: point.value },
          { x: domain.max, y: point.value },
        ],
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: kind === 'target' ? 2 : 1.5,
        borderDash: [...(kind === 'baseline' ? BASELINE_DASH : TARGET_DASH)],
        pointRadius: 0,
        pointHoverRadius: 0,
        pointHitRadius: 0,
        order: 100 + position,
      };
      KINDS.set(reference, {
        kind,
        indicator,
        pointStyle,
        colour,
        endLabel: kind === 'baseline' ? input.labels.baselineEnd(value) : input.labels.targetEnd(value, point.date),
        outside,
      });
      datasets.push(reference);
    }
  });

  const nonNegative = NON_NEGATIVE.has(input.unit) && lowest >= 0;
  const percent = input.unit === 'percent' && highest <= 100;
  const maxTicks = Math.max(2, Math.floor(input.width / TICK_WIDTH));
  let tickUnit: TickUnit = 'month';
  const owner = (datasetIndex: number, datasets: readonly object[]) => KINDS.get(datasets[datasetIndex]!);
  const fitTooltip = (chart: Chart, text: string, maxLines?: number) =>
    tooltipLines(chart, text, font, TOOLTIP_PADDING, maxLines);

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
      layout: { padding: { top: 8, right: 8 + labelRoom, bottom: 0, left: 0 } },
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      scales: {
        x: {
          type: 'linear',
          min: domain.min,
          max: domain.max,
          grid: { color: theme.grid },
          border: { color: theme.muted },
          afterBuildTicks: (scale: Scale) => {
            const ticks = calendarTicks(domain.min, domain.max, maxTicks);
            tickUnit = ticks.unit;
            scale.ticks = ticks.values.map((value) => ({ value }));
          },
          ticks: {
            color: theme.muted,
            font: small,
            maxRotation: 0,
            autoSkip: true,
            autoSkipPadding: 12,
            callback: (value) => input.formatTick(Number(value), tickUnit),
          },
        },
        y: {
          type: 'linear',
          grace: '8%',
          beginAtZero: nonNegative,
          grid: { color: theme.grid },
          border: { color: theme.muted },
          title: { display: true, text: input.yTitle, color: theme.muted, font: small },
          afterDataLimits: (scale: Scale) => {
            // Counts and percentages do not go below zero (nor a percentage past 100) unless the data does.
            if (nonNegative && scale.min < 0) scale.min = 0;
            if (percent && scale.max > 100) scale.max = 100;
          },
          ticks: {
            color: theme.muted,
            font: small,
            maxTicksLimit: 6,
            callback: (value) => input.formatAxisValue(Number(value)),
          },
        },
      },
      plugins: {
        legend: { display: false },
        title: { display: false },
        colors: { enabled: false },
        filler: { propagate: false },
        decimation: { enabled: many, algorithm: 'min-max' },
        tooltip: {
          enabled: true,
          backgroundColor: theme.background,
          titleColor: theme.text,
          bodyColor: theme.text,
          borderColor: theme.muted,
          borderWidth: 1,
          padding: TOOLTIP_PADDING,
          titleFont: { ...font, weight: 'bold' },
          bodyFont: font,
          usePointStyle: true,
          callbacks: {
            title: (items) => {
              const item = items[0];
              if (!item) return '';
              const info = owner(item.datasetIndex, item.chart.data.datasets);
              if (info && info.kind !== 'series') return input.formatDate(info.indicator[info.kind]!.date);
              const m = info?.indicator.measurements[readingIndex(item)];
              return m ? input.formatDate(m.date) : '';
            },
            label: (item) => {
              const info = owner(item.datasetIndex, item.chart.data.datasets);
              const y = info?.kind === 'series' ? info.indicator.measurements[readingIndex(item)]?.value : item.parsed.y;
              const value = info && y !== null && y !== undefined ? input.formatValue(y, info.indicator) : '–';
              return fitTooltip(item.chart, `${item.dataset.label ?? ''}: ${value}`);
            },
            afterLabel: (item) => {
              const info = owner(item.datasetIndex, item.chart.data.datasets);
              const note = info?.kind === 'series' ? info.indicator.measurements[readingIndex(item)]?.note : undefined;
              // A note of up to 1,000 characters would be taller than the chart: the table has all of it.
              return note ? fitTooltip(item.chart, note, NOTE_LINES) : '';
            },
            labelPointStyle: (item) => ({
              pointStyle: owner(item.datasetIndex, item.chart.data.datasets)?.pointStyle ?? 'circle',
              rotation: 0,
            }),
          },
        },
      },
    },
  };
}

/** The measurement a drawn point stands for: after decimation `dataIndex` counts drawn points, not readings. */
function readingIndex(item: { raw: unknown; dataIndex: number }): number {
  return (item.raw as XY | undefined)?.i ?? item.dataIndex;
}
