/**
 * The inline plugin of `<soimpact-chart>`'s line charts that writes each baseline and target
 * line's label. It draws the point shapes with Chart.js's own helper, so it is loaded with
 * Chart.js (`loadLineCharts` in chart-config.ts), not with the element.
 */
import type { Chart, Plugin, PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import { datasetInfo, datasetKind } from './chart-config.js';
import { placeInsideLabels, type Point } from './label-placement.js';

interface EndLabel {
  /** The height of the label's own line. */
  lineY: number;
  text: string;
  colour: string;
  pointStyle: PointStyle;
}

/** What the labels are written in, from the chart's own options. */
interface LabelStyle {
  size: number;
  lineHeight: number;
  background: string;
}

/**
 * Writes each reference line's label («Mål 2027: 120») in its indicator's colour after its
 * point shape, with a halo in the background colour. A wide panel has room right of the plot,
 * and each label stands there on its line's height; in a narrow one the labels go inside the
 * plot, each next to its own line where it hides no reading (label-placement.ts).
 */
export const referenceLabels: Plugin<'line'> = {
  id: 'soimpactReferenceLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const font = chart.options.font as { family?: string; size?: number } | undefined;
    const size = Math.max(11, (font?.size ?? 16) - 3);
    const style: LabelStyle = {
      size,
      lineHeight: size + 4,
      background: (chart.options.plugins?.tooltip?.backgroundColor as string | undefined) ?? '#ffffff',
    };
    const labels: EndLabel[] = [];
    let outside = false;
    chart.data.datasets.forEach((dataset, i) => {
      const info = datasetInfo(dataset);
      if (!info?.endLabel || !chart.isDatasetVisible(i)) return;
      const end = chart.getDatasetMeta(i).data[1];
      if (!end || !Number.isFinite(end.y)) return;
      outside ||= info.outside === true;
      labels.push({ lineY: end.y, text: info.endLabel, colour: info.colour, pointStyle: info.pointStyle });
    });
    if (!labels.length) return;
    ctx.save();
    ctx.font = `600 ${size}px ${font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'bottom';
    ctx.lineJoin = 'round';
    if (outside) drawOutside(chart, labels, style);
    else drawInside(chart, labels, style);
    ctx.restore();
  },
};

/** Right of the plot, each label centred on its line; labels that would overlap are moved apart. */
function drawOutside(chart: Chart<'line'>, labels: EndLabel[], style: LabelStyle): void {
  const { ctx, chartArea } = chart;
  const { size, lineHeight } = style;
  const placed = labels.map((label) => ({ ...label, y: label.lineY + size / 2 })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < placed.length; k++) {
    if (placed[k]!.y - placed[k - 1]!.y < lineHeight) placed[k]!.y = placed[k - 1]!.y + lineHeight;
  }
  const overflow = placed[placed.length - 1]!.y - (chartArea.bottom - 2);
  if (overflow > 0) for (const label of placed) label.y -= overflow;
  ctx.textAlign = 'left';
  for (const label of placed) {
    const y = Math.max(chartArea.top + lineHeight, label.y);
    writeText(ctx, label, chartArea.right + size + 6, y, style);
    drawMarker(ctx, label, size, chartArea.right + size / 2 + 2, y - size / 2, 1);
  }
}

/**
 * Inside the plot, above or below its own line at whichever end hides no reading. The point
 * shape is drawn hollow here: filled, among the readings, it looked like one of them.
 */
function drawInside(chart: Chart<'line'>, labels: EndLabel[], style: LabelStyle): void {
  const { ctx, chartArea } = chart;
  const { size, lineHeight } = style;
  const marker = size + 6;
  const boxes = placeInsideLabels(
    labels.map((label) => ({ lineY: label.lineY, width: marker + ctx.measureText(label.text).width, height: lineHeight })),
    chartArea,
    0,
    seriesPoints(chart),
  );
  ctx.textAlign = 'left';
  labels.forEach((label, k) => {
    const box = boxes[k]!;
    const baseline = box.bottom - 2;
    writeText(ctx, label, box.left + marker, baseline, style);
    ctx.fillStyle = style.background;
    drawMarker(ctx, label, size, box.left + size / 2 + 2, baseline - size / 2, 1.5);
  });
}

/** The label's point shape, in its line's colour, filled with whatever `fillStyle` the caller set. */
function drawMarker(
  ctx: CanvasRenderingContext2D,
  label: EndLabel,
  size: number,
  x: number,
  y: number,
  borderWidth: number,
): void {
  ctx.strokeStyle = label.colour;
  ctx.lineWidth = borderWidth;
  drawPoint(ctx, { pointStyle: label.pointStyle, radius: size / 3, rotation: 0, borderWidth }, x, y);
}

/** The text in its colour over a halo of the background, so a grid or reference line under it does not cut through the letters. */
function writeText(ctx: CanvasRenderingContext2D, label: EndLabel, x: number, y: number, style: LabelStyle): void {
  ctx.lineWidth = 4;
  ctx.strokeStyle = style.background;
  ctx.strokeText(label.text, x, y);
  ctx.fillStyle = label.colour;
  ctx.fillText(label.text, x, y);
}

/** The drawn points of every visible series (after decimation: what is on the canvas). */
function seriesPoints(chart: Chart<'line'>): Point[][] {
  const series: Point[][] = [];
  chart.data.datasets.forEach((dataset, i) => {
    if (datasetKind(dataset) !== 'series' || !chart.isDatasetVisible(i)) return;
    series.push(chart.getDatasetMeta(i).data.map((element) => ({ x: element.x, y: element.y })));
  });
  return series;
}
