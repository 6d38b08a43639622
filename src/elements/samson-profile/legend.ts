/**
 * The legend, in the DOM and drawn into the PNG export, from the same entries and the same
 * looks as the chart's datasets (series-style.ts), so a dashed earlier round is dashed in all three.
 */
import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PointStyle } from 'chart.js';
import type { ChartTheme } from './chart.js';
import { withAlpha, type SeriesLook } from './series-style.js';
import type { ProfileView } from './view.js';

/** One legend row: a line with its look, the importance area, or the parties' band. */
export type LegendEntry = { label: string; kind: 'line'; look: SeriesLook } | { label: string; kind: 'importance' | 'band' };

export function renderLegend(entries: readonly LegendEntry[]): TemplateResult {
  return html`<ul part="legend" class="legend">
    ${entries.map(
      (entry) =>
        html`<li>
          <svg class=${swatchClass(entry)} viewBox="0 0 40 14" aria-hidden="true">
            ${
              entry.kind === 'line'
                ? svg`<line x1="1" y1="7" x2="39" y2="7" stroke-width=${entry.look.width} stroke-dasharray=${entry.look.dash.join(' ') || 'none'}></line>${marker(entry.look.point)}`
                : svg`<rect class="area" x="1" y="2" width="38" height="10"></rect>`
            }
          </svg>
          <span>${entry.label}</span>
        </li>`,
    )}
  </ul>`;
}

function swatchClass(entry: LegendEntry): string {
  if (entry.kind !== 'line') return `swatch ${entry.kind}`;
  return `swatch s${entry.look.colour % 4}${entry.look.role === 'earlier' ? ' earlier' : ''}`;
}

function marker(style: PointStyle) {
  switch (style) {
    case 'rect':
      return svg`<rect class="marker" x="16" y="3" width="8" height="8"></rect>`;
    case 'triangle':
      return svg`<polygon class="marker" points="20,2 25,11 15,11"></polygon>`;
    case 'rectRot':
      return svg`<polygon class="marker" points="20,1.5 25.5,7 20,12.5 14.5,7"></polygon>`;
    default:
      return svg`<circle class="marker" cx="20" cy="7" r="4"></circle>`;
  }
}

/**
 * The drawn chart(s) as one image: a title, the charts side by side, and the legend below,
 * at `ratio` device pixels per CSS pixel.
 */
export async function composePNG(
  charts: readonly HTMLCanvasElement[],
  title: string,
  legend: readonly LegendEntry[],
  theme: ChartTheme,
  ratio: number,
): Promise<Blob> {
  const gap = 16 * ratio;
  const titleHeight = Math.round(theme.fontSize * 2.2 * ratio);
  const legendRow = Math.round(theme.fontSize * 1.8 * ratio);
  const chartWidth = charts.reduce((sum, c) => sum + c.width, 0) + gap * Math.max(0, charts.length - 1);
  const chartHeight = Math.max(0, ...charts.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = Math.max(1, chartWidth + 2 * gap);
  out.height = Math.max(1, titleHeight + chartHeight + legendRow * legend.length + 2 * gap);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = theme.text;
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${theme.fontSize * 1.1 * ratio}px ${theme.fontFamily}`;
  ctx.fillText(title, gap, gap + titleHeight / 2);
  let x = gap;
  for (const canvas of charts) {
    ctx.drawImage(canvas, x, gap + titleHeight);
    x += canvas.width + gap;
  }
  ctx.font = `${theme.fontSize * ratio}px ${theme.fontFamily}`;
  legend.forEach((entry, i) => {
    const y = gap + titleHeight + chartHeight + legendRow * (i + 0.5);
    if (entry.kind === 'line') {
      ctx.strokeStyle = withAlpha(theme.series[entry.look.colour % theme.series.length]!, entry.look.alpha);
      ctx.lineWidth = entry.look.width * ratio;
      ctx.setLineDash(entry.look.dash.map((d) => d * ratio));
      ctx.beginPath();
      ctx.moveTo(gap, y);
      ctx.lineTo(gap + 36 * ratio, y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      const band = entry.kind === 'band';
      ctx.fillStyle = band ? withAlpha(theme.series[0]!, 0.22) : theme.importanceFill;
      ctx.strokeStyle = band ? theme.series[0]! : theme.importance;
      ctx.lineWidth = ratio;
      ctx.fillRect(gap, y - 6 * ratio, 36 * ratio, 12 * ratio);
      ctx.strokeRect(gap, y - 6 * ratio, 36 * ratio, 12 * ratio);
    }
    ctx.fillStyle = theme.text;
    ctx.fillText(entry.label, gap + 46 * ratio, y);
  });
  return new Promise<Blob>((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('samson-profile: the PNG could not be made'))), 'image/png'),
  );
}

/** The legend's rows for a view: the importance area (when drawn), the band, then every line. */
export function legendEntries(view: ProfileView | null, showImportance: boolean): LegendEntry[] {
  if (!view) return [];
  const entries: LegendEntry[] = [];
  if (showImportance) {
    const several = view.series.length > 1 || view.kind === 'parties';
    entries.push({ kind: 'importance', label: several ? msg(str`Viktighet («${view.main.label}»)`) : msg('Viktighet') });
  }
  if (view.parties?.band) entries.push({ kind: 'band', label: msg('Fra laveste til høyeste part') });
  const single = view.series.length === 1 && view.kind === 'rounds';
  for (const series of view.series) entries.push({ kind: 'line', look: series.look, label: single ? msg('Skår') : series.label });
  return entries;
}
