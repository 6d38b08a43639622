/**
 * The text parts of `<soimpact-chart>`: single readings as figures, each panel's legend,
 * the summary in words and the data table. Template functions, not sub-elements, so the
 * element's styles and ids reach them.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Indicator } from '../../core/soimpact/plan.js';
import type { UnitPanel } from '../../core/soimpact/measurements.js';
import { progress } from '../../core/soimpact/progress.js';
import { describeProgress, formatPercent, formatPlanDate, formatValue, unitName } from '../soimpact-chain/format.js';
import { BASELINE_DASH, POINT_STYLES, TARGET_DASH } from './chart-config.js';
import { heading } from '../../base/heading.js';
import { renderMeasurementColumns } from '../../charts/measurement-columns.js';

/** «Mål 2027: 120» — the year is enough at a line's end; the table and tooltip give the date. */
export function targetEndLabel(value: string, date: string): string {
  return msg(str`Mål ${date.slice(0, 4)}: ${value}`);
}

export function baselineEndLabel(value: string): string {
  return msg(str`Nullpunkt: ${value}`);
}

/** «71 av 120 · 59 % av veien», or as much of it as the indicator has. */
export function wayText(indicator: Indicator): string | undefined {
  const p = progress(indicator);
  if (!p.latest || !indicator.target) return undefined;
  const parts = [
    msg(str`${formatValue(p.latest.value, indicator.unit)} av ${formatValue(indicator.target.value, indicator.unit)}`),
  ];
  if (p.ratio !== null && (p.status === 'on-the-way' || p.status === 'reached'))
    parts.push(msg(str`${formatPercent(p.ratio)} av veien`));
  return parts.join(' · ');
}

/** The lines under a figure's number (also what the PNG writes). */
export function figureLines(indicator: Indicator): string[] {
  const latest = progress(indicator).latest;
  const lines: string[] = [];
  if (latest) lines.push(latest.note ? `${formatPlanDate(latest.date)} · ${latest.note}` : formatPlanDate(latest.date));
  if (indicator.baseline)
    lines.push(
      msg(str`Nullpunkt: ${formatValue(indicator.baseline.value, indicator.unit)} (${formatPlanDate(indicator.baseline.date)})`),
    );
  if (indicator.target)
    lines.push(
      msg(str`Måltall: ${formatValue(indicator.target.value, indicator.unit)} (${formatPlanDate(indicator.target.date)})`),
    );
  const way = wayText(indicator);
  if (way) lines.push(way);
  return lines;
}

export function figureValue(indicator: Indicator): string {
  const latest = progress(indicator).latest;
  return latest ? formatValue(latest.value, indicator.unit) : msg('Ikke målt ennå');
}

/** One measurement (or none) as a readable figure: the number large, then date, baseline, target and the way. */
export function renderFigures(indicators: Indicator[], top: number): TemplateResult {
  return html`<ul class="figures" part="figures">
    ${indicators.map((indicator) => {
      const measured = indicator.measurements.length > 0;
      return html`<li class="figure-card">
        ${heading(top, 1, indicator.name, { className: 'figure-name' })}
        <p class="big ${measured ? '' : 'not-measured'}">${figureValue(indicator)}</p>
        ${figureLines(indicator).map((line) => html`<p class="figure-line">${line}</p>`)}
      </li>`;
    })}
  </ul>`;
}

const SHAPES = ['circle', 'rect', 'triangle', 'rectRot'] as const;

// svg, not html: a template of its own is parsed outside the <svg>, and an HTML <circle> draws nothing.
function marker(position: number): SVGTemplateResult {
  const shape = SHAPES[position % SHAPES.length] as (typeof POINT_STYLES)[number];
  switch (shape) {
    case 'rect':
      return svg`<rect x="12" y="2" width="8" height="8"></rect>`;
    case 'triangle':
      return svg`<polygon points="16,1 21,10 11,10"></polygon>`;
    case 'rectRot':
      return svg`<polygon points="16,0.5 21.5,6 16,11.5 10.5,6"></polygon>`;
    default:
      return svg`<circle cx="16" cy="6" r="4.5"></circle>`;
  }
}

export function swatch(kind: string, dash: readonly number[], position?: number): TemplateResult {
  return html`<svg class="swatch ${kind}" viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
    <line
      x1="1"
      y1="6"
      x2="31"
      y2="6"
      stroke-width=${position === undefined ? 2 : 3}
      stroke-dasharray=${dash.length ? dash.join(' ') : 'none'}
    ></line>
    ${position === undefined ? nothing : marker(position)}
  </svg>`;
}

/** One row of a panel's legend: a series (its colour and point shape at `position`) or a reference-line pattern. */
export interface LegendEntry {
  kind: 'series' | 'baseline' | 'target';
  label: string;
  dash: readonly number[];
  /** A series' place in its panel; reference patterns have none (drawn in the muted colour, no point). */
  position?: number;
}

/**
 * What a panel's legend lists: each indicator, then the two reference-line patterns where
 * drawn. The one list both the on-screen legend and the PNG's legend are made from.
 */
export function legendEntries(indicators: readonly Indicator[], position: (indicator: Indicator) => number): LegendEntry[] {
  const entries: LegendEntry[] = indicators.map((indicator) => ({
    kind: 'series',
    label: indicator.name,
    dash: [],
    position: position(indicator),
  }));
  if (indicators.some((i) => i.baseline)) entries.push({ kind: 'baseline', label: msg('Nullpunkt'), dash: BASELINE_DASH });
  if (indicators.some((i) => i.target)) entries.push({ kind: 'target', label: msg('Måltall'), dash: TARGET_DASH });
  return entries;
}

/** A panel's legend: each indicator's colour and point shape, and the two reference-line patterns. */
export function renderLegend(entries: readonly LegendEntry[]): TemplateResult {
  return html`<ul class="legend-list">
    ${entries.map(
      (entry) =>
        html`<li>
          ${swatch(entry.position === undefined ? 'reference' : `series s${entry.position % 4}`, entry.dash, entry.position)}<span
            >${entry.label}</span
          >
        </li>`,
    )}
  </ul>`;
}

/** Each panel's legend entries, in panel order: indicators are coloured by their place in their own panel. */
export function panelLegend(panel: UnitPanel): LegendEntry[] {
  return legendEntries(panel.indicators, (indicator) => panel.indicators.indexOf(indicator));
}

/**
 * One small-multiple panel: its unit's heading and legend, the canvas, and under it the key
 * of reference labels that found no clear spot on the plot (filled by the chart's plugin),
 * named by its caption: a screen reader announces what the list is before its first item.
 */
export function renderPanel(panel: UnitPanel, index: number, headingLevel: number): TemplateResult {
  const names = panel.indicators.map((i) => i.name).join('; ');
  return html`<figure class="panel" part="panel" aria-labelledby=${`panel-${index}`}>
    <figcaption>
      ${heading(headingLevel, 1, unitName(panel.indicators[0]!.unit), { className: 'panel-title', id: `panel-${index}` })}
      ${renderLegend(panelLegend(panel))}
    </figcaption>
    <div class="chart-box" part="chart">
      <canvas
        data-panel=${index}
        role="img"
        aria-label=${msg(str`Linjediagram over tid: ${names}. Bruk piltastene for å gå gjennom målingene; tallene står også i sammendraget under.`)}
      ></canvas>
    </div>
    <div class="reference-key-box" hidden>
      <p class="key-caption" id=${`key-${index}`}>${msg('Nullpunkt og mål i diagrammet')}</p>
      <ul class="reference-key" part="reference-key" aria-labelledby=${`key-${index}`} hidden></ul>
    </div>
  </figure>`;
}

export function renderSummary(indicators: Indicator[]): TemplateResult {
  return html`<ul class="summary" part="summary">
    ${indicators.map((indicator) => {
      const p = progress(indicator);
      return html`<li>
        <span class="name">${indicator.name}</span>
        ${
          p.latest
            ? html`<span
                >${msg(str`Siste måling: ${formatValue(p.latest.value, indicator.unit)} (${formatPlanDate(p.latest.date)}).`)}</span
              >`
            : html`<span class="not-measured">${msg('Ikke målt ennå.')}</span>`
        }
        ${
          indicator.baseline
            ? html`<span
                >${msg(str`Nullpunkt: ${formatValue(indicator.baseline.value, indicator.unit)} (${formatPlanDate(indicator.baseline.date)}).`)}</span
              >`
            : nothing
        }
        ${
          indicator.target
            ? html`<span
                >${msg(str`Måltall: ${formatValue(indicator.target.value, indicator.unit)} (${formatPlanDate(indicator.target.date)}).`)}</span
              >`
            : nothing
        }
        ${p.latest ? html`<span class="progress">${describeProgress(p)}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** A table of 10,000 rows helps nobody on screen; the newest rows are what a reader looks for. */
const TABLE_LIMIT = 500;

export function renderTable(indicators: Indicator[]): TemplateResult {
  return html`${indicators.map((indicator) => {
    const rows =
      indicator.measurements.length > TABLE_LIMIT ? indicator.measurements.slice(-TABLE_LIMIT) : indicator.measurements;
    return html`<table part="table">
      <caption>
        ${indicator.name}
        ${
          rows.length < indicator.measurements.length
            ? html`<span class="muted">${msg(str`(de siste ${rows.length} av ${indicator.measurements.length} målinger)`)}</span>`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          ${renderMeasurementColumns()}
        </tr>
      </thead>
      <tbody>
        ${
          indicator.baseline
            ? html`<tr class="reference-row">
                <td>${formatPlanDate(indicator.baseline.date)}</td>
                <td>${formatValue(indicator.baseline.value, indicator.unit)}</td>
                <td>${msg('Nullpunkt')}</td>
              </tr>`
            : nothing
        }
        ${
          rows.length
            ? rows.map(
                (m) =>
                  html`<tr>
                    <td>${formatPlanDate(m.date)}</td>
                    <td>${formatValue(m.value, indicator.unit)}</td>
                    <td>${m.note ?? ''}</td>
                  </tr>`,
              )
            : html`<tr>
                <td colspan="3">${msg('Ikke målt ennå.')}</td>
              </tr>`
        }
        ${
          indicator.target
            ? html`<tr class="reference-row">
                <td>${formatPlanDate(indicator.target.date)}</td>
                <td>${formatValue(indicator.target.value, indicator.unit)}</td>
                <td>${msg('Måltall')}</td>
              </tr>`
            : nothing
        }
      </tbody>
    </table>`;
  })}`;
}
