/** What stands beside the chart: the field buttons of the overview, or a drill-down's numbered statements. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Field } from '../../core/samson/instrument.js';
import { fieldPoints, statementPoints } from '../../core/samson/profile.js';
import { formatScore } from '../../i18n/number.js';
import { value, type Axis } from './text.js';
import type { ProfileView } from './view.js';
import { heading } from '../../base/heading.js';

/** The axis labels as buttons (the keyboard way into a field), each with the main line's score. */
export function renderFieldButtons(
  view: ProfileView,
  axes: Axis[],
  select: (fieldId: string) => void,
  top: number,
): TemplateResult {
  const points = fieldPoints(view.main.scores);
  return html`${heading(top, 1, msg('Handlingsfeltene'), { id: 'axes-title' })}
    <p class="hint">${msg('Velg et felt for å se utsagnene det består av.')}</p>
    <ol part="axes" class="axes" aria-labelledby="axes-title">
      ${axes.map((axis, i) => {
        const score = points[i]?.score ?? null;
        return html`<li>
          <button part="button axis" type="button" data-field=${axis.id} @click=${() => select(axis.id)}>
            <span class="name"><span class="number">${i + 1}</span> ${axis.name}</span>
            <span class="value">${score === null ? msg('ingen skår') : formatScore(score)}</span>
          </button>
        </li>`;
      })}
    </ol>`;
}

export function renderStatements(view: ProfileView, field: Field, axes: Axis[], top: number): TemplateResult {
  const points = statementPoints(view.main.scores, field.id);
  return html`${heading(top, 1, field.name, { id: 'statements-title' })}
    <ol part="statements" class="statements" aria-labelledby="statements-title">
      ${axes.map((axis, i) => {
        const point = points[i];
        return html`<li>
          ${axis.name}
          <span class="value">${msg('Skår')}: ${value(point?.score)} · ${msg('Viktighet')}: ${value(point?.importance)}</span>
        </li>`;
      })}
    </ol>`;
}
