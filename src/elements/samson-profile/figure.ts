/**
 * The profile's figure: one canvas (overlay) or one small chart per line (side by side),
 * under its caption and over the legend, and what fits at the axes of a chart that wide.
 * The canvases are drawn by the element's chart lifecycle (`data-chart` is the line's index).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { legendEntries, renderLegend } from './legend.js';
import type { Axis } from './text.js';
import type { ProfileView } from './view.js';

/** Below this chart width, field names do not fit around the radar: the axes are numbered instead. */
const NAMES_FIT_WIDTH = 520;

export interface FigureInput {
  view: ProfileView;
  caption: string;
  /** One small chart per line (`compare="side-by-side"` with more than one line). */
  sideBySide: boolean;
  showImportance: boolean;
}

export function renderFigure({ view, caption, sideBySide, showImportance }: FigureInput): TemplateResult {
  return html`<figure part="chart" class="figure" aria-labelledby="caption">
    <figcaption id="caption">${caption}</figcaption>
    <div class="charts ${sideBySide ? 'side-by-side' : 'overlay'}">
      ${
        sideBySide
          ? view.series.map(
              (series, i) =>
                html`<figure class="chart">
                  <div class="chart-box">${renderCanvas(i, series.label)}</div>
                  <figcaption class="chart-label">${series.label}</figcaption>
                </figure>`,
            )
          : html`<div class="chart-box">${renderCanvas(0)}</div>`
      }
    </div>
    ${renderLegend(legendEntries(view, showImportance))}
  </figure>`;
}

function renderCanvas(index: number, label?: string): TemplateResult {
  const name = label
    ? msg(str`Spiderdiagram for «${label}». Tallene står i sammendraget og i tabellen.`)
    : msg('Spiderdiagram. Tallene står i sammendraget og i tabellen.');
  return html`<canvas part="canvas" data-chart=${index} role="img" aria-label=${name} aria-describedby="summary"></canvas>`;
}

/** The labels at the axes of a chart `width` pixels wide: the short names where they fit, else the numbers. */
export function axisLabels(axes: readonly Axis[], width: number): Array<string | string[]> {
  const names = width >= NAMES_FIT_WIDTH && axes.every((a) => a.short);
  return axes.map((axis, i) => (names ? axis.short : String(i + 1)));
}
