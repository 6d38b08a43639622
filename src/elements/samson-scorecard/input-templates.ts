/**
 * The steps where the group answers: the introduction (with the round's label), the
 * weighting of the values and one field of action with its statements, scales and ideas.
 * Text limits come from the response schema, so a field never takes more than a save accepts.
 */
import type { CutPastes } from '../../base/cut-paste.js';
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
import { renderTextInput } from './text-input.js';

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

/** A rating as its words on the agreement scale («Delvis enig»), or «ikke besvart». */
export function agreementText(rating: Rating | undefined): string {
  if (rating === undefined) return msg('ikke besvart');
  return agreementOptions().find((o) => o.value === rating)?.label ?? String(rating);
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
        ${renderTextInput({
          id: 'round-label',
          label: msg('Navn på runden'),
          value: response.label,
          maxlength: RESPONSE_TEXT_LIMITS.label,
          describedBy: 'round-label-hint',
          readonly: view.locked,
          input: (label) => view.commit({ ...view.response, label, updatedAt: new Date().toISOString() }),
          // Spaces typed around the name would stand in the report, the file name and the rounds' list.
          change: () => {
            const label = view.response.label.trim();
            if (label !== view.response.label) view.commit({ ...view.response, label, updatedAt: new Date().toISOString() });
          },
        })}
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
  return html`
    <fieldset part="statement" class="statement">
      <legend><span class="number">${i + 1}.</span> ${statement.text}</legend>
      ${renderEarlierAnswers(view, statement)} ${renderLastTime(view, statement.id)} ${renderRating(view, statement.id, options)}
      ${renderIdea(view, statement.id)}
    </fieldset>
  `;
}

/** A statement's scale: choosing an option answers the statement (its idea stays). */
export function renderRating(view: ScorecardView, statementId: string, options: ScaleOption[]): TemplateResult {
  return renderAgreementScale(
    view.locked,
    `r-${statementId}`,
    options,
    own(view.response.answers, statementId)?.rating,
    (rating) => view.commit(withAnswer(view.response, statementId, { rating })),
  );
}

/** The «Idé til tiltak» box under a statement: every keystroke is an edit of the response. */
export function renderIdea(view: ScorecardView, statementId: string): TemplateResult {
  return renderIdeaBox(
    `idea-${statementId}`,
    own(view.response.answers, statementId)?.idea ?? '',
    view.locked,
    (idea) => view.commit(withAnswer(view.response, statementId, { idea })),
    view.cutPastes,
  );
}

/** An «Idé til tiltak» box: a statement's, or the one of the parties' joint answer (joint-view.ts). */
export function renderIdeaBox(
  id: string,
  idea: string,
  locked: boolean,
  write: (idea: string) => void,
  cutPastes?: CutPastes,
): TemplateResult {
  const cut = cutPastes?.note(id, idea.length);
  return html`<div class="idea">
    <label for=${id}>${msg('Idé til tiltak')}</label>
    <textarea
      part="idea"
      id=${id}
      rows="2"
      maxlength=${RESPONSE_TEXT_LIMITS.idea}
      aria-describedby=${cut ? `${id}-cut` : nothing}
      .value=${live(idea)}
      ?readonly=${locked}
      @input=${(e: Event) => write((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${cut ? html`<p class="cut-paste" id=${`${id}-cut`} role="status">${cut}</p>` : nothing}
  </div>`;
}

/** One `change` listener for a whole group: change bubbles from the radio the user picked. */
function pickedFrom(options: ScaleOption[], pick: (value: Rating) => void): (event: Event) => void {
  return (event) => {
    const value = (event.target as HTMLInputElement).value;
    const option = options.find((candidate) => String(candidate.value) === value);
    if (option) pick(option.value);
  };
}

const optionPart = (current: Rating | undefined, value: Rating) => (current === value ? 'option checked' : 'option');

/**
 * A statement's scale (or the parties' joint answer in joint-view.ts): the five points and
 * «Vet ikke / ikke relevant» (`options`, from {@link agreementOptions}) written out in one
 * template. The first render makes 58 of these; a nested template per option cost lit a
 * template instance and an array part with two markers each, 348 of them (bench/RESULTS.md).
 */
export function renderAgreementScale(
  locked: boolean,
  name: string,
  options: ScaleOption[],
  current: Rating | undefined,
  pick: (value: Rating) => void,
): TemplateResult {
  const label = (i: number) => options[i]!.label;
  return html`
    <div part="scale" class="scale scale-agreement" @change=${pickedFrom(options, pick)}>
      <label part=${optionPart(current, 1)} class="option">
        <input type="radio" name=${name} value="1" .checked=${live(current === 1)} ?disabled=${locked} />
        <span class="point" aria-hidden="true">1</span>
        <span class="option-text">${label(0)}</span>
      </label>
      <label part=${optionPart(current, 2)} class="option">
        <input type="radio" name=${name} value="2" .checked=${live(current === 2)} ?disabled=${locked} />
        <span class="point" aria-hidden="true">2</span>
        <span class="option-text">${label(1)}</span>
      </label>
      <label part=${optionPart(current, 3)} class="option">
        <input type="radio" name=${name} value="3" .checked=${live(current === 3)} ?disabled=${locked} />
        <span class="point" aria-hidden="true">3</span>
        <span class="option-text">${label(2)}</span>
      </label>
      <label part=${optionPart(current, 4)} class="option">
        <input type="radio" name=${name} value="4" .checked=${live(current === 4)} ?disabled=${locked} />
        <span class="point" aria-hidden="true">4</span>
        <span class="option-text">${label(3)}</span>
      </label>
      <label part=${optionPart(current, 5)} class="option">
        <input type="radio" name=${name} value="5" .checked=${live(current === 5)} ?disabled=${locked} />
        <span class="point" aria-hidden="true">5</span>
        <span class="option-text">${label(4)}</span>
      </label>
      <label part=${optionPart(current, 'not-relevant')} class="option option-none">
        <input type="radio" name=${name} value="not-relevant" .checked=${live(current === 'not-relevant')} ?disabled=${locked} />
        <span class="option-text">${label(5)}</span>
      </label>
    </div>
  `;
}
