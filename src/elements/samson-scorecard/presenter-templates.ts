/**
 * The field step in the presenter and single-page layouts (a chunk loaded on demand; the
 * visible layout toggle is in layout-toggle.ts).
 * The presenter layout shows one statement with its scale large, the key hint, the idea box
 * on demand (always when it holds text) and where the group is in the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Field } from '../../core/samson/instrument.js';
import { own } from '../../core/own.js';
import { agreementOptions, renderIdea, renderRating, renderStatement } from './input-templates.js';
import type { PresenterController } from './presenter-controller.js';
import { stepIndex } from './steps.js';
import type { ScorecardView } from './view.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

export function renderPresenterField(
  view: ScorecardView,
  presenter: PresenterController,
  field: Field,
  index: number,
): TemplateResult {
  const count = field.statements.length;
  const at = presenter.cursor(index, count);
  const statement = field.statements[at]!;
  const answer = own(view.response.answers, statement.id);
  const idea = answer?.idea ?? '';
  const ideaShown = idea !== '' || presenter.ideaOpen(statement.id);
  const stepOfField = stepIndex(view.steps, 'field', index);
  return html`
    ${heading(view.headingLevel, 0, field.name, { id: 'step-heading', focusable: true })}
    <div class="presenter-bar">
      <p class="presenter-where" aria-live="polite">${msg(str`Utsagn ${at + 1} av ${count}`)}</p>
      <details class="about-field">
        <summary>${msg('Om handlingsfeltet')}</summary>
        <p>${field.description}</p>
        ${field.prompt ? html`<p class="prompt"><strong>${msg('Til samtalen:')}</strong> ${field.prompt}</p>` : nothing}
      </details>
    </div>
    <fieldset part="statement" class="statement presenting">
      <legend><span class="number">${at + 1}.</span> ${statement.text}</legend>
      ${renderRating(view, statement.id, agreementOptions())}
      <p class="key-hint">${msg('Tast 1–5 for å svare, 0 for «vet ikke / ikke relevant».')}</p>
      ${
        ideaShown
          ? renderIdea(view, statement.id)
          : view.locked
            ? nothing
            : html`<button part="button" class="open-idea" @click=${() => presenter.openIdea(statement.id)}>
                ${msg('Skriv en idé til tiltak')}
              </button>`
      }
    </fieldset>
    <div class="presenter-buttons">
      <button part="button" class="previous-statement" ?disabled=${at === 0} @click=${() => presenter.moveTo(index, at - 1)}>
        ${msg('Forrige utsagn')}
      </button>
      ${
        at < count - 1
          ? html`<button part="button primary" class="primary next-statement" @click=${() => presenter.moveTo(index, at + 1)}>
              ${msg('Neste utsagn')}
            </button>`
          : html`<button part="button primary" class="primary next-statement" @click=${() => view.goTo(stepOfField + 1)}>
              ${msg('Videre til neste steg')}
            </button>`
      }
    </div>
  `;
}

/** Every field's statements on one page; the field steps all show it, at their own field. */
export function renderSinglePage(view: ScorecardView): TemplateResult {
  const options = agreementOptions();
  return html`
    ${heading(view.headingLevel, 0, msg('Alle utsagn'), { id: 'step-heading', focusable: true })}
    <p class="tip">${view.instrument.guidance.idea}</p>
    ${repeat(
      view.instrument.fields,
      (field) => field.id,
      (field, f) =>
        html`<section class="single-field" aria-labelledby=${labelledBy(`field-${field.id}`)}>
          ${heading(view.headingLevel, 1, html`<span class="number">${f + 1}.</span> ${field.name}`, { id: `field-${field.id}`, focusable: true })}
          <p>${field.description}</p>
          ${repeat(
            field.statements,
            (statement) => statement.id,
            (statement, i) => renderStatement(view, statement, i, options),
          )}
        </section>`,
    )}
  `;
}
