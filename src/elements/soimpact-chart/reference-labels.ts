/**
 * The inline plugin of `<soimpact-chart>`'s line charts that writes each baseline and target
 * line's label at its right end. It draws the point shapes with Chart.js's own helper, so it
 * is loaded with Chart.js (`loadLineCharts` in chart-config.ts), not with the element.
 */
import type { Plugin, PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import { datasetInfo } from './chart-config.js';

/**
 * Writes each reference line's label («Mål 2027: 120») just above its right end, in its
 * indicator's colour after its point shape, with a halo in the background colour (inside a
 * narrow plot, on a box of it); labels that would overlap are moved apart.
 */
export const referenceLabels: Plugin<'line'> = {
  id: 'soimpactReferenceLabels',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    const font = chart.options.font as { family?: string; size?: number } | undefined;
    const size = Math.max(11, (font?.size ?? 16) - 3);
    const lineHeight = size + 4;
    const background = (chart.options.plugins?.tooltip?.backgroundColor as string | undefined) ?? '#ffffff';
    const labels: Array<{ y: number; text: string; colour: string; pointStyle: PointStyle }> = [];
    let outside = false;
    chart.data.datasets.forEach((dataset, i) => {
      const info = datasetInfo(dataset);
      if (!info?.endLabel || !chart.isDatasetVisible(i)) return;
      const end = chart.getDatasetMeta(i).data[1];
      if (!end || !Number.isFinite(end.y)) return;
      outside ||= info.outside === true;
      // Outside the plot a label is centred on its line; inside, it sits just above it.
      labels.push({
        y: end.y + (info.outside ? size / 2 : -4),
        text: info.endLabel,
        colour: info.colour,
        pointStyle: info.pointStyle,
      });
    });
    if (!labels.length) return;
    labels.sort((a, b) => a.y - b.y);
    for (let k = 1; k < labels.length; k++) {
      if (labels[k]!.y - labels[k - 1]!.y < lineHeight) labels[k]!.y = labels[k - 1]!.y + lineHeight;
    }
    const overflow = labels[labels.length - 1]!.y - (chartArea.bottom - 2);
    if (overflow > 0) for (const label of labels) label.y -= overflow;
    ctx.save();
    ctx.font = `600 ${size}px ${font?.family ?? 'sans-serif'}`;
    ctx.textAlign = outside ? 'left' : 'right';
    ctx.textBaseline = 'bottom';
    ctx.lineJoin = 'round';
    for (const label of labels) {
      const y = Math.max(chartArea.top + lineHeight, label.y);
      const width = ctx.measureText(label.text).width;
      const x = outside ? chartArea.right + size + 6 : chartArea.right - 2;
      const markerX = outside ? chartArea.right + size / 2 + 2 : x - width - size / 2 - 2;
      if (!outside) {
        // Inside the plot (a narrow panel) the lines run under the label: a box in the
        // background colour keeps it readable, a little see-through so the data still shows.
        ctx.globalAlpha = 0.85;
        ctx.fillStyle = background;
        ctx.fillRect(markerX - size / 2 - 3, y - size - 3, x - markerX + size / 2 + 5, size + 6);
        ctx.globalAlpha = 1;
      }
      ctx.lineWidth = 4;
      ctx.strokeStyle = background;
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = label.colour;
      ctx.fillText(label.text, x, y);
      ctx.strokeStyle = label.colour;
      ctx.lineWidth = 1;
      drawPoint(ctx, { pointStyle: label.pointStyle, radius: size / 3, rotation: 0, borderWidth: 1 }, markerX, y - size / 2);
    }
    ctx.restore();
  },
};
