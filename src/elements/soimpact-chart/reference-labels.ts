/**
 * The inline plugin of `<soimpact-chart>`'s line charts that writes each baseline and target
 * line's label. It draws the point shapes with Chart.js's own helper, so it is loaded with
 * Chart.js (`loadLineCharts` in chart-config.ts), not with the element.
 */
import type { Chart, Element, Plugin, PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import { POINT_STYLES, datasetInfo, datasetKind } from './chart-config.js';
import { placeClearOfData, type Box, type Placed, type Point } from './label-placement.js';
import { showReferenceKey, type KeyEntry } from './reference-key.js';

interface EndLabel {
  /** The height of the label's own line. */
  lineY: number;
  text: string;
  colour: string;
  pointStyle: PointStyle;
  /** What the key under the chart writes, when the label finds no clear spot on the plot. */
  key: KeyEntry;
}

/** What the labels are written in, from the chart's own options. */
interface LabelStyle {
  size: number;
  lineHeight: number;
  background: string;
}

/** Where each label of a chart was last written, text and point shape together, in canvas CSS pixels. */
const DRAWN = new WeakMap<Chart, ReadonlyArray<{ text: string; box: Box; label: EndLabel }>>();

/** The boxes the last drawing of a chart gave its reference labels: what a test checks the lines are clear of. */
export function drawnReferenceLabels(chart: Chart): ReadonlyArray<{ text: string; box: Box }> {
  return (DRAWN.get(chart) ?? []).map(({ text, box }) => ({ text, box }));
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
      const end = atRest(chart.getDatasetMeta(i).data[1]);
      if (!end || !Number.isFinite(end.y)) return;
      outside ||= info.outside === true;
      const key: KeyEntry = {
        kind: info.kind === 'baseline' ? 'baseline' : 'target',
        position: POINT_STYLES.indexOf(info.pointStyle),
        indicator: info.indicator.name,
        text: info.endLabel,
        colour: info.colour,
      };
      labels.push({ lineY: end.y, text: info.endLabel, colour: info.colour, pointStyle: info.pointStyle, key });
    });
    if (!labels.length) {
      DRAWN.delete(chart);
      showReferenceKey(chart.canvas, []);
      return;
    }
    ctx.save();
    ctx.font = `600 ${size}px ${font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'bottom';
    ctx.lineJoin = 'round';
    const drawn = outside ? drawOutside(chart, labels, style) : drawInside(chart, labels, style);
    ctx.restore();
    DRAWN.set(chart, drawn);
    showReferenceKey(
      chart.canvas,
      labels.filter((label) => !drawn.some((d) => d.label === label)).map((label) => label.key),
    );
  },
};

/** The last placement inside each chart's plot, and what it was made for. */
const PLACED = new WeakMap<Chart, { signature: string; boxes: ReadonlyArray<Placed | undefined> }>();

/** How far right of a point's centre its 4.5 px, its 1 px border and 3 px of background reach. */
const POINT_REACH = 9;

/** Right of the plot, each label centred on its line; labels that would overlap are moved apart. */
function drawOutside(
  chart: Chart<'line'>,
  labels: EndLabel[],
  style: LabelStyle,
): Array<{ text: string; box: Box; label: EndLabel }> {
  const { ctx, chartArea } = chart;
  const { size, lineHeight } = style;
  const placed = labels.map((label) => ({ ...label, y: label.lineY + size / 2 })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < placed.length; k++) {
    if (placed[k]!.y - placed[k - 1]!.y < lineHeight) placed[k]!.y = placed[k - 1]!.y + lineHeight;
  }
  const overflow = placed[placed.length - 1]!.y - (chartArea.bottom - 2);
  if (overflow > 0) for (const label of placed) label.y -= overflow;
  ctx.textAlign = 'left';
  // The latest reading is often on the plot's right edge, and its point reaches past it.
  const markerX = chartArea.right + POINT_REACH + size / 3;
  const left = markerX + size / 3 + 4;
  return placed.map((label) => {
    const y = Math.max(chartArea.top + lineHeight, label.y);
    writeText(ctx, label, left, y, style);
    drawMarker(ctx, label, size, markerX, y - size / 2, 1);
    const box = {
      left: markerX - size / 3 - 0.5,
      top: y - lineHeight + 2,
      right: left + ctx.measureText(label.text).width + 2,
      bottom: y + 2,
    };
    return { text: label.text, box, label: labels.find((l) => l.key === label.key)! };
  });
}

/**
 * Inside the plot, above or below its own line wherever along it it hides no reading, in two
 * lines where one would not fit; a label with no such spot is not drawn (it goes in the key).
 * The point shape is drawn hollow here: filled, among the readings, it looked like one of them.
 */
function drawInside(
  chart: Chart<'line'>,
  labels: EndLabel[],
  style: LabelStyle,
): Array<{ text: string; box: Box; label: EndLabel }> {
  const { ctx, chartArea } = chart;
  const { size, lineHeight } = style;
  const marker = size + 6;
  const lines = labels.map((label) => twoLines(label.text));
  const width = (texts: readonly string[]) => marker + Math.max(...texts.map((text) => ctx.measureText(text).width));
  const sizes = labels.map((label, k) => ({
    lineY: label.lineY,
    width: width([label.text]),
    height: lineHeight,
    ...(lines[k] ? { wrapped: { width: width(lines[k]), height: lineHeight + size + 2 } } : {}),
  }));
  const series = seriesPoints(chart);
  const { left, top, right, bottom } = chartArea;
  // Every hover redraws the chart, and the placement takes ~10 ms for six lines: only a new layout places again.
  const signature = JSON.stringify([sizes, [left, top, right, bottom], series]);
  let boxes = PLACED.get(chart)?.signature === signature ? PLACED.get(chart)!.boxes : undefined;
  if (!boxes) {
    boxes = placeClearOfData(sizes, chartArea, 0, series);
    PLACED.set(chart, { signature, boxes });
  }
  ctx.textAlign = 'left';
  const drawn: Array<{ text: string; box: Box; label: EndLabel }> = [];
  labels.forEach((label, k) => {
    const box = boxes[k];
    if (!box) return;
    drawn.push({ text: label.text, box, label });
    const texts = box.wrapped && lines[k] ? lines[k] : [label.text];
    const first = box.top + lineHeight - 2;
    texts.forEach((text, line) => writeText(ctx, { ...label, text }, box.left + marker, first + line * (size + 2), style));
    ctx.fillStyle = style.background;
    drawMarker(ctx, label, size, box.left + size / 2 + 2, first - size / 2, 1.5);
  });
  return drawn;
}

/** «Mål 2025: 45 dager» as «Mål 2025:» over «45 dager»: after its colon, or else its last space. */
function twoLines(text: string): [string, string] | undefined {
  const colon = text.lastIndexOf(': ');
  const at = colon >= 0 ? colon + 1 : text.lastIndexOf(' ');
  if (at <= 0) return undefined;
  return [text.slice(0, at), text.slice(at + 1)];
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
    series.push(chart.getDatasetMeta(i).data.map((element) => atRest(element)!));
  });
  return series;
}

/**
 * Where a point will stand when its animation ends. Placed by the points on their way (rising
 * from the axis again after a redraw for a new colour scheme), labels went to the key and back
 * from frame to frame: a reader switching to dark saw the key grow and shrink under the chart.
 */
function atRest(element: Element | undefined): Point | undefined {
  if (!element) return undefined;
  const { x, y } = element.getProps(['x', 'y'], true) as Point;
  return { x, y };
}
