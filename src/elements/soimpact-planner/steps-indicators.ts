/**
 * Steps 5–9 (indicators, methods, targets, baseline, measurements) as template functions,
 * not sub-elements: the fields stay in the planner's one shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  indicatorSchema,
  measurementSchema,
  INDICATOR_LEVELS,
  INDICATOR_UNITS,
  type ImpactPlan,
  type Indicator,
} from '../../core/soimpact/plan.js';
import { maxLengthOf } from '../../core/salvage.js';
import type { StepContent } from '../../core/soimpact/steps.js';
import { progress } from '../../core/soimpact/progress.js';
import { describeProgress, formatPlanDate, formatValue, levelName, levelOption, unitName } from '../soimpact-chain/format.js';
import { formatNumber } from '../../i18n/number.js';
import { renderMeasurementColumns } from '../../charts/measurement-columns.js';
import { renderField, type FieldSpec, type FieldLock, type FieldResult } from './fields.js';
import { indicatorHasContent, type IndicatorStep } from '../../core/soimpact/plan-content.js';
import { MEASUREMENTS_PAGE, type IndicatorEditor, type IndicatorTextField } from './indicator-editor.js';
import { filePicker } from '../../base/file-picker.js';

export interface IndicatorStepsView {
  plan: ImpactPlan;
  editor: IndicatorEditor;
  /** What the user may do with the fields; 'print' renders their values as text. */
  readonly: FieldLock;
  steps: StepContent;
  goTo(index: number): void;
  importCsv(event: Event): void;
}

const levelOptions = () => INDICATOR_LEVELS.map((value) => ({ value, label: levelOption(value) }));
const unitOptions = () => INDICATOR_UNITS.map((value) => ({ value, label: unitName(value) }));
const limit = (field: keyof typeof indicatorSchema.shape) => maxLengthOf(indicatorSchema.shape[field]);

function field(view: IndicatorStepsView, spec: FieldSpec): FieldResult {
  return renderField(view.editor.typed, view.readonly, spec);
}

function textField(
  view: IndicatorStepsView,
  indicator: Indicator,
  name: IndicatorTextField,
  label: string,
  kind: 'text' | 'textarea' = 'text',
) {
  const id = indicator.id;
  return field(view, {
    key: `ind.${id}.${name}`,
    label,
    kind,
    value: indicator[name] ?? '',
    maxLength: limit(name),
    apply: (text) => view.editor.setText(id, name, text),
  });
}

export function renderIndicatorsStep(view: IndicatorStepsView): TemplateResult {
  const { editor } = view;
  return html`
    ${
      // The advice is the tool's help for choosing indicators, not part of the plan on paper.
      view.readonly === 'print'
        ? nothing
        : html`<details class="advice" open>
            <summary>${msg('Fem råd for å velge indikatorer')}</summary>
            <ol>
              ${view.steps.advice.map((advice) => html`<li><strong>${advice.title}.</strong> ${advice.text}</li>`)}
            </ol>
          </details>`
    }
    ${view.plan.indicators.map((indicator) => renderIndicator(view, indicator))}
    ${
      view.readonly
        ? nothing
        : html`
            <fieldset class="new-indicator">
              <legend>${msg('Ny indikator')}</legend>
              ${field(view, {
                key: 'new.indicator.name',
                label: msg('Hva måles? (for eksempel «Antall deltakere på kurset»)'),
                kind: 'text',
                value: '',
                maxLength: limit('name'),
                apply: () => null,
                onEnter: editor.addIndicator,
              })}
              <div class="pair">
                ${field(view, { key: 'new.indicator.level', label: msg('Nivå'), kind: 'select', value: 'output', options: levelOptions(), apply: () => null })}
                ${field(view, { key: 'new.indicator.unit', label: msg('Enhet'), kind: 'select', value: 'count', options: unitOptions(), apply: () => null })}
              </div>
              <button part="button" type="button" class="add-indicator" @click=${editor.addIndicator}>
                ${msg('Legg til indikatoren')}
              </button>
            </fieldset>
          `
    }
  `;
}

function renderIndicator(view: IndicatorStepsView, indicator: Indicator): TemplateResult {
  const { editor } = view;
  const id = indicator.id;
  return html`
    <fieldset class="indicator" data-id=${id}>
      <legend>${indicator.name} <span class="level">(${levelName(indicator.level)})</span></legend>
      ${field(view, {
        key: `ind.${id}.name`,
        label: msg('Hva måles?'),
        kind: 'text',
        value: indicator.name,
        maxLength: limit('name'),
        apply: (text) => editor.rename(id, text),
        printed: false,
      })}
      <div class="pair">
        ${field(view, { key: `ind.${id}.level`, label: msg('Nivå'), kind: 'select', value: indicator.level, options: levelOptions(), apply: (value) => editor.setLevel(id, value), printed: false })}
        ${field(view, { key: `ind.${id}.unit`, label: msg('Enhet'), kind: 'select', value: indicator.unit, options: unitOptions(), apply: (value) => editor.setUnit(id, value) })}
      </div>
      ${textField(view, indicator, 'targetGroup', msg('Målgruppe'))}
      ${textField(view, indicator, 'group', msg('Overskrift den deler med andre indikatorer (valgfritt)'))}
      ${textField(view, indicator, 'description', msg('Beskrivelse (valgfritt)'), 'textarea')}
      ${
        view.readonly
          ? nothing
          : editor.confirmingRemove === id
            ? html`<div class="confirm" role="group" aria-labelledby=${`confirm-remove-${id}`}>
                <p id=${`confirm-remove-${id}`}>
                  ${msg(str`Fjerne «${indicator.name}» med ${indicator.measurements.length} målinger? Det kan ikke angres.`)}
                </p>
                <button
                  part="button danger"
                  type="button"
                  class="danger confirm-remove"
                  @click=${() => editor.removeIndicator(id)}
                >
                  ${msg('Ja, fjern indikatoren')}
                </button>
                <button part="button" type="button" class="cancel-remove" @click=${() => editor.cancelRemove(id)}>
                  ${msg('Avbryt')}
                </button>
              </div>`
            : html`<button
                part="button"
                type="button"
                class="remove-indicator"
                data-id=${id}
                @click=${() => editor.askRemove(id)}
              >
                ${msg('Fjern indikatoren')}
              </button>`
      }
    </fieldset>
  `;
}

export function renderMethodsOf(view: IndicatorStepsView): TemplateResult {
  return forEachIndicator(
    view,
    (indicator) => html`
      ${textField(view, indicator, 'method', msg('Målemetode'))} ${textField(view, indicator, 'dataSource', msg('Datakilde'))}
      ${textField(view, indicator, 'frequency', msg('Hvor ofte det måles'))}
    `,
    'methods',
  );
}

export function renderPoints(view: IndicatorStepsView, which: 'baseline' | 'target'): TemplateResult {
  return forEachIndicator(
    view,
    (indicator) => {
      const point = indicator[which];
      const base = `ind.${indicator.id}.${which}`;
      const apply = () => view.editor.commitPoint(indicator.id, which);
      return html`
        <div class="pair">
          ${field(view, {
            key: `${base}.value`,
            label: which === 'target' ? msg('Måltall') : msg('Nullpunkt (verdi før start)'),
            kind: 'number',
            value: point ? String(point.value) : '',
            hint: unitName(indicator.unit),
            apply,
          })}
          ${field(view, { key: `${base}.date`, label: which === 'target' ? msg('Nås innen') : msg('Målt dato'), kind: 'date', value: point?.date ?? '', apply })}
        </div>
        ${
          which === 'target' && indicator.baseline
            ? html`<p class="hint">
                ${msg(str`Nullpunkt: ${formatValue(indicator.baseline.value, indicator.unit)} (${formatPlanDate(indicator.baseline.date)})`)}
              </p>`
            : nothing
        }
      `;
    },
    which === 'target' ? 'targets' : 'baseline',
  );
}

export function renderMeasurementsStep(view: IndicatorStepsView): TemplateResult {
  return html`
    ${forEachIndicator(view, (indicator) => renderMeasurements(view, indicator))}
    ${
      view.readonly || !view.plan.indicators.length
        ? nothing
        : html`<div class="file-field">
            ${filePicker({
              id: 'import-csv',
              label: msg('Importer målinger fra CSV'),
              accept: '.csv,text/csv',
              describedBy: 'import-csv-hint',
              onChange: view.importCsv,
            })}
            <p class="hint" id="import-csv-hint">${msg('Kolonnene i filen: indicator, date, value og note.')}</p>
          </div>`
    }
  `;
}

function renderMeasurements(view: IndicatorStepsView, indicator: Indicator): TemplateResult {
  const { editor } = view;
  const id = indicator.id;
  const base = `new.m.${id}`;
  const add = () => editor.addMeasurement(id);
  return html`
    ${indicator.measurements.length ? html`${renderProgress(indicator)} ${renderTable(view, indicator)}` : html`<p class="none">${msg('Ikke målt ennå')}</p>`}
    ${
      view.readonly
        ? nothing
        : html`<div class="new-measurement" role="group" aria-label=${msg(str`Ny måling for ${indicator.name}`)}>
            <div class="pair">
              ${field(view, { key: `${base}.date`, label: msg('Dato'), kind: 'date', value: '', apply: () => null, onEnter: add })}
              ${field(view, { key: `${base}.value`, label: msg('Verdi'), kind: 'number', value: '', hint: unitName(indicator.unit), apply: () => null, onEnter: add })}
            </div>
            ${field(view, {
              key: `${base}.note`,
              label: msg('Merknad (valgfritt)'),
              kind: 'text',
              value: '',
              maxLength: maxLengthOf(measurementSchema.shape.note),
              apply: () => null,
              onEnter: add,
            })}
            <button part="button" type="button" class="add-measurement" data-id=${id} @click=${add}>
              ${msg('Legg til målingen')}
            </button>
          </div>`
    }
  `;
}

/** Where the latest reading stands against baseline and target, with the numbers it rests on. */
function renderProgress(indicator: Indicator): TemplateResult {
  const p = progress(indicator);
  const latest = p.latest!;
  const id = `progress-${indicator.id}`;
  return html`<div class="progress-line" data-id=${indicator.id}>
    <p id=${id}>
      ${msg(str`Siste måling: ${formatValue(latest.value, indicator.unit)} (${formatPlanDate(latest.date)}).`)}
      ${
        indicator.target
          ? msg(str`Mål: ${formatValue(indicator.target.value, indicator.unit)} innen ${formatPlanDate(indicator.target.date)}.`)
          : nothing
      }
      ${describeProgress(p)}
    </p>
    ${p.percent === null ? nothing : html`<progress max="100" .value=${p.percent} aria-labelledby=${id}></progress>`}
  </div>`;
}

/** A page of the table at most: a plan may hold 100,000 readings, and a table of all of them freezes the page. */
function renderTable(view: IndicatorStepsView, indicator: Indicator): TemplateResult {
  const { editor } = view;
  const id = indicator.id;
  const total = indicator.measurements.length;
  const { start, end } = editor.page(indicator);
  const rows = indicator.measurements.slice(start, end);
  const paged = total > MEASUREMENTS_PAGE;
  return html`<table class="measurements">
      <caption class="visually-hidden">
        ${msg(str`Målinger for ${indicator.name}`)}
      </caption>
      <thead>
        <tr>
          ${renderMeasurementColumns()}
          ${view.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">${msg('Handling')}</span></th>`}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (m, offset) =>
            html`<tr>
              <td>${formatPlanDate(m.date)}</td>
              <td class="number">${formatValue(m.value, indicator.unit)}</td>
              <td>${m.note ?? ''}</td>
              ${
                view.readonly
                  ? nothing
                  : html`<td>
                      <button
                        part="button"
                        type="button"
                        class="remove-measurement"
                        aria-label=${msg(str`Fjern målingen ${formatPlanDate(m.date)}`)}
                        @click=${() => editor.removeMeasurement(id, start + offset)}
                      >
                        ${msg('Fjern')}
                      </button>
                    </td>`
              }
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      paged
        ? html`<div class="pager" role="group" aria-label=${msg(str`Sider i målingene for ${indicator.name}`)}>
            <button
              part="button"
              type="button"
              class="page-earlier"
              data-id=${id}
              ?disabled=${start === 0}
              @click=${() => editor.showPage(id, start - MEASUREMENTS_PAGE, `.page-earlier[data-id="${id}"]`)}
            >
              ${msg('Eldre målinger')}
            </button>
            <span class="page-status"
              >${msg(str`Viser ${formatNumber(start + 1, 0)}–${formatNumber(end, 0)} av ${formatNumber(total, 0)}`)}</span
            >
            <button
              part="button"
              type="button"
              class="page-later"
              data-id=${id}
              ?disabled=${end === total}
              @click=${() => editor.showPage(id, start + MEASUREMENTS_PAGE, `.page-later[data-id="${id}"]`)}
            >
              ${msg('Nyere målinger')}
            </button>
          </div>`
        : nothing
    }`;
}

/**
 * Each indicator's part of a step. On paper (`step` given), an indicator with nothing in the
 * step is one line that says so, and a plan without indicators has no line at all here (the
 * step says «Ikke fylt ut», or prints the rest of what it holds).
 */
function forEachIndicator(
  view: IndicatorStepsView,
  render: (indicator: Indicator) => TemplateResult,
  step?: IndicatorStep,
): TemplateResult {
  if (view.readonly === 'print') {
    return html`${view.plan.indicators.map((indicator) =>
      step && !indicatorHasContent(indicator, step)
        ? html`<div class="field printed unfilled-indicator" data-id=${indicator.id}>
            <p class="label">${indicator.name} <span class="level">(${levelName(indicator.level)})</span></p>
            <p class="value">${msg('Ikke fylt ut')}</p>
          </div>`
        : html`<fieldset class="per-indicator" data-id=${indicator.id}>
            <legend>${indicator.name} <span class="level">(${levelName(indicator.level)})</span></legend>
            ${render(indicator)}
          </fieldset>`,
    )}`;
  }
  if (!view.plan.indicators.length) {
    return html`<p class="none">
      ${msg('Planen har ingen indikatorer ennå.')}
      <button part="button" type="button" class="to-indicators" @click=${() => view.goTo(4)}>
        ${msg('Gå til steg 5: Måleindikatorer')}
      </button>
    </p>`;
  }
  return html`${view.plan.indicators.map(
    (indicator) =>
      html`<fieldset class="per-indicator" data-id=${indicator.id}>
        <legend>${indicator.name} <span class="level">(${levelName(indicator.level)})</span></legend>
        ${render(indicator)}
      </fieldset>`,
  )}`;
}
