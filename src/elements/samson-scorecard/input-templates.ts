/**
 * The steps where the group answers: the introduction (with the round's label), the
 * weighting of the values and one field of action with its statements, scales and ideas.
 * Text limits come from the response schema, so a field never takes more than a save accepts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Field, Statement } from '../../core/samson/instrument.js';
import { withAnswer, type Rating } from '../../core/samson/response.js';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { missingAnswers } from '../../core/samson/report.js';
import { own } from '../../core/own.js';
import { resumeStep } from './steps.js';
import { renderEarlierAnswers } from './migration-templates.js';
import { renderLastTime } from './follow-up-templates.js';
import { renderParticipantsField } from './participants-field.js';
import type { ScaleOption, ScorecardView } from './view.js';
import { heading } from '../../base/heading.js';

export function agreementOptions(): ScaleOption[] {
  return [
    { value: 1, label: msg('Helt uenig') },
    { value: 2, label: msg('Delvis uenig') },
    { value: 3, label: msg('Verken enig eller uenig') },
    { value: 4, label: msg('Delvis enig') },
    { value: 5, label: msg('Helt enig') },
    { value: 'not-relevant', label: msg('Vet ikke / ikke relevant') },
  ];
}

export function importanceOptions(): ScaleOption[] {
  return [
    { value: 1, label: msg('Ikke viktig') },
    { value: 2, label: msg('Litt viktig') },
    { value: 3, label: msg('Nokså viktig') },
    { value: 4, label: msg('Viktig') },
    { value: 5, label: msg('Svært viktig') },
  ];
}

export function renderIntro(view: ScorecardView): TemplateResult {
  const { instrument, response } = view;
  const resume = view.restored ? resumeStep(view.steps, missingAnswers(instrument, response)) : undefined;
  return html`
    <div part="intro" class="intro">
      ${heading(view.headingLevel, 0, msg('Innledning'), { id: 'step-heading', focusable: true })}
      <slot name="intro"></slot>
      ${instrument.guidance.intro.map((paragraph) => html`<p>${paragraph}</p>`)}
      <slot name="help"></slot>
      ${
        resume !== undefined
          ? html`<p>
              <button part="button" @click=${() => view.goTo(resume)}>${msg('Fortsett der dere slapp')}</button>
            </p>`
          : nothing
      }
      <div class="text-field">
        <label for="round-label">${msg('Navn på runden')}</label>
        <input
          id="round-label"
          type="text"
          maxlength=${RESPONSE_TEXT_LIMITS.label}
          autocomplete="off"
          aria-describedby="round-label-hint"
          .value=${live(response.label)}
          ?readonly=${view.locked}
          @input=${(e: Event) =>
            view.commit({ ...view.response, label: (e.target as HTMLInputElement).value, updatedAt: new Date().toISOString() })}
        />
        <p class="hint" id="round-label-hint">
          ${msg('For eksempel «Runde 1» eller navnet på en part. Navnet kommer med i rapporten og i filnavnet ved eksport.')}
        </p>
      </div>
      ${view.parties?.intro() ?? nothing} ${renderParticipantsField(view)}
    </div>
  `;
}

export function renderField(view: ScorecardView, field: Field, index: number): TemplateResult {
  const { instrument } = view;
  const options = agreementOptions();
  return html`
    <p class="eyebrow">${msg(str`Handlingsfelt ${index + 1} av ${instrument.fields.length}`)}</p>
    ${heading(view.headingLevel, 0, field.name, { id: 'step-heading', focusable: true })}
    <p>${field.description}</p>
    ${field.prompt ? html`<p class="prompt"><strong>${msg('Til samtalen:')}</strong> ${field.prompt}</p>` : nothing}
    <p class="tip">${instrument.guidance.idea}</p>
    ${repeat(
      field.statements,
      (statement) => statement.id,
      (statement, i) => renderStatement(view, statement, i, options),
    )}
  `;
}

export function renderStatement(view: ScorecardView, statement: Statement, i: number, options: ScaleOption[]): TemplateResult {
  const answer = own(view.response.answers, statement.id);
  return html`
    <fieldset part="statement" class="statement">
      <legend><span class="number">${i + 1}.</span> ${statement.text}</legend>
      ${renderEarlierAnswers(view, statement)} ${renderLastTime(view, statement.id)}
      ${renderScale(view, `r-${statement.id}`, options, answer?.rating, (rating) =>
        view.commit(withAnswer(view.response, statement.id, { rating: rating as Rating })),
      )}
      <div class="idea">
        <label for="idea-${statement.id}">${msg('Idé til tiltak')}</label>
        <textarea
          part="idea"
          id="idea-${statement.id}"
          rows="2"
          maxlength=${RESPONSE_TEXT_LIMITS.idea}
          .value=${live(answer?.idea ?? '')}
          ?readonly=${view.locked}
          @input=${(e: Event) =>
            view.commit(withAnswer(view.response, statement.id, { idea: (e.target as HTMLTextAreaElement).value }))}
        ></textarea>
      </div>
    </fieldset>
  `;
}

export function renderScale(
  view: ScorecardView,
  name: string,
  options: ScaleOption[],
  current: Rating | undefined,
  pick: (value: Rating) => void,
): TemplateResult {
  // Read once: `locked` asks the rounds which round is shown, and a scale has six options.
  const locked = view.locked;
  return html`
    <div part="scale" class="scale ${options.length > 5 ? 'scale-agreement' : 'scale-importance'}">
      ${options.map((option) => renderOption(locked, name, option, current, pick))}
    </div>
  `;
}

/**
 * One answer option. The number is part of the option's own template rather than a template
 * of its own: a scale is rendered for every statement, and each nested template is one more
 * clone and part walk in the first render (the same DOM either way).
 */
function renderOption(
  locked: boolean,
  name: string,
  option: ScaleOption,
  current: Rating | undefined,
  pick: (value: Rating) => void,
): TemplateResult {
  const checked = current === option.value;
  return option.value === 'not-relevant'
    ? html`
        <label part=${checked ? 'option checked' : 'option'} class="option option-none">
          <input
            type="radio"
            name=${name}
            .value=${String(option.value)}
            .checked=${live(checked)}
            ?disabled=${locked}
            @change=${() => pick(option.value)}
          />
          <span class="option-text">${option.label}</span>
        </label>
      `
    : html`
        <label part=${checked ? 'option checked' : 'option'} class="option">
          <input
            type="radio"
            name=${name}
            .value=${String(option.value)}
            .checked=${live(checked)}
            ?disabled=${locked}
            @change=${() => pick(option.value)}
          />
          <span class="point" aria-hidden="true">${option.value}</span>
          <span class="option-text">${option.label}</span>
        </label>
      `;
}
