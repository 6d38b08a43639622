/**
 * Finding one's way: the progress line, the jump list to every step and the back/next
 * buttons. Names and order come from `steps.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { answeredIn } from '../../core/samson/report.js';
import { weightingMethod } from '../../core/samson/weighting.js';
import { renderPointsNavCount } from './weighting-templates.js';
import { nextButtonText, stepName, stepWhere, type Step } from './steps.js';
import type { ScorecardView } from './view.js';

export function renderProgress(view: ScorecardView, step: Step): TemplateResult {
  const { answered, total } = view.scores.completeness;
  return html`
    <div part="progress" class="progress">
      <span class="where">${stepWhere(step, view.instrument)}</span>
      <span class="count">${msg(str`${answered} av ${total} utsagn besvart`)}</span>
      <progress max=${total} .value=${answered} aria-hidden="true"></progress>
    </div>
  `;
}

function stepCount(view: ScorecardView, step: Step): TemplateResult | typeof nothing {
  if (step.kind === 'field') {
    return html`<span class="nav-count"
      >${answeredIn(step.field, view.response)}/${step.field.statements.length}<span class="visually-hidden">
        ${msg('besvart')}</span
      ></span
    >`;
  }
  if (step.kind === 'weights' && weightingMethod(view.response) !== 'legacy') return renderPointsNavCount(view);
  if (step.kind === 'weights') {
    return html`<span class="nav-count"
      >${Object.keys(view.response.weights).length}/${view.instrument.values.length}<span class="visually-hidden">
        ${msg('vektet')}</span
      ></span
    >`;
  }
  return nothing;
}

/** The jump list, named after the scorecard (`name`: its title, numbered when another on the page has the same). */
export function renderNav(view: ScorecardView, current: number, name: string): TemplateResult {
  return html`
    <nav part="nav" class="nav" aria-label=${msg(str`Steg i ${name}`)}>
      <ol>
        ${view.steps.map(
          (step, i) =>
            html`<li>
              <button
                part=${i === current ? 'button nav-item current' : 'button nav-item'}
                class="nav-button"
                aria-current=${i === current ? 'step' : nothing}
                @click=${() => view.goTo(i)}
              >
                ${step.kind === 'field' ? html`<span class="nav-number">${step.index + 1}</span>` : nothing}
                <span class="nav-name">${stepName(step)}</span> ${stepCount(view, step)}
              </button>
            </li>`,
        )}
      </ol>
    </nav>
  `;
}

export function renderStepButtons(view: ScorecardView, index: number): TemplateResult {
  const next = view.steps[index + 1];
  return html`
    <div class="step-buttons no-print">
      ${index > 0 ? html`<button part="button" class="back" @click=${() => view.goTo(index - 1)}>${msg('Tilbake')}</button>` : nothing}
      ${
        next
          ? html`<button part="button primary" class="primary next" @click=${() => view.goTo(index + 1)}>
              ${nextButtonText(view.steps, index)}
            </button>`
          : nothing
      }
    </div>
  `;
}
