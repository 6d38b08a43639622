/**
 * «Om samarbeidet» (placement.ts): the optional step where the group says who took the
 * initiative, plans, delivers, which roles the residents have, how long the work lasts and how
 * power is shared; and the placement on the thin ↔ thick line that results and report show.
 * The placement is drawn as a line with its three bands and a point (an SVG with a text
 * alternative), and always said in words too, with the caveat that it is a starting point for
 * talk, not a measurement. Nothing is drawn while the position is null.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  COLLABORATION_QUESTIONS,
  MULTIPLE_CHOICE,
  placeCollaboration,
  type CollaborationAnswers,
  type CollaborationContent,
  type CollaborationQuestionId,
  type Placement,
} from '../../core/samson/placement.js';
import { withCollaborationAnswer } from '../../core/samson/response.js';
import { formatNumber } from '../../i18n/number.js';
import type { ScorecardView } from './view.js';
import { own } from '../../core/own.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

/** Longest note the response schema accepts (placement.ts `note`). */
const NOTE_LIMIT = 4000;

type Question = CollaborationContent['questions'][number];

/** The step: a radio group per question, check boxes for the residents' roles, a note. */
export function renderCollaboration(view: ScorecardView): TemplateResult {
  const content = view.instrument.collaboration;
  if (!content) return html`${heading(view.headingLevel, 0, msg('Om samarbeidet'), { id: 'step-heading', focusable: true })}`;
  const answers = view.response.collaboration ?? {};
  return html`
    <div class="collaboration" part="collaboration">
      <p class="eyebrow">${msg('Frivillig del')}</p>
      ${heading(view.headingLevel, 0, content.title, { id: 'step-heading', focusable: true })}
      <p>${content.intro}</p>
      <p class="tip">${content.caveat}</p>
      ${content.questions.map((question) => renderQuestion(view, question, answers))}
      <div class="idea collaboration-note">
        <label for="collaboration-note">${content.ambition}</label>
        <textarea
          part="idea"
          id="collaboration-note"
          rows="3"
          maxlength=${NOTE_LIMIT}
          .value=${live(answers.note ?? '')}
          ?readonly=${view.locked}
          @input=${(e: Event) => view.commit(withCollaborationAnswer(view.response, 'note', (e.target as HTMLTextAreaElement).value))}
        ></textarea>
      </div>
      ${renderPlacement(view, 'step')}
    </div>
  `;
}

function renderQuestion(view: ScorecardView, question: Question, answers: CollaborationAnswers): TemplateResult {
  const multiple = MULTIPLE_CHOICE.has(question.id);
  const name = `c-${question.id}`;
  const chosen = own(answers, question.id);
  const helpId = question.help ? `${name}-help` : undefined;
  return html`
    <fieldset part="statement" class="statement collaboration-question" aria-describedby=${helpId ?? nothing}>
      <legend>${question.text}</legend>
      ${question.help ? html`<p class="hint" id=${helpId!}>${question.help}</p>` : nothing}
      <div part="scale" class="scale choices">
        ${question.options.map((option) => {
          const checked = multiple ? ((chosen as string[] | undefined) ?? []).includes(option.id) : chosen === option.id;
          return html`<label part=${checked ? 'option checked' : 'option'} class="option">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name=${name}
              .value=${option.id}
              .checked=${live(checked)}
              ?disabled=${view.locked}
              @change=${(e: Event) => pick(view, question.id, option.id, (e.target as HTMLInputElement).checked)}
            />
            <span class="option-text">${option.label}</span>
          </label>`;
        })}
      </div>
      ${
        !multiple && chosen !== undefined && !view.locked
          ? html`<button
              part="button link"
              type="button"
              class="link clear-answer"
              @click=${() => view.commit(withCollaborationAnswer(view.response, question.id, undefined))}
            >
              ${msg('Fjern svaret')}
            </button>`
          : nothing
      }
    </fieldset>
  `;
}

function pick(view: ScorecardView, question: CollaborationQuestionId, option: string, checked: boolean): void {
  if (!MULTIPLE_CHOICE.has(question)) {
    view.commit(withCollaborationAnswer(view.response, question, option as never));
    return;
  }
  const before = new Set((view.response.collaboration?.[question] as string[] | undefined) ?? []);
  if (checked) before.add(option);
  else before.delete(option);
  // Keep the instrument's order; none ticked is an answer too ("no roles yet"), stored as [].
  const roles = COLLABORATION_QUESTIONS[question].filter((id) => before.has(id));
  view.commit(withCollaborationAnswer(view.response, question, roles as never));
}

/** Where the group places itself; `nothing` until planning and delivery are answered. */
export function renderPlacement(view: ScorecardView, where: 'step' | 'results' | 'report'): TemplateResult | typeof nothing {
  const content = view.instrument.collaboration;
  if (!content) return nothing;
  const placement = placeCollaboration(view.response.collaboration);
  if (placement.position === null || placement.band === null) return nothing;
  const headingId = `placement-heading-${where}`;
  const band = content.bands[placement.band];
  return html`
    <section class="block placement" part="placement" aria-labelledby=${labelledBy(headingId)}>
      ${heading(view.headingLevel, 1, msg('Tynn eller tykk samskaping'), { id: headingId })} ${renderLine(content, placement)}
      <p class="placement-band">
        <strong>${band.name}</strong>
        (${msg(str`${formatNumber(placement.position)} på en skala fra 0 tynn til 10 tykk`)})
      </p>
      <p>${band.text}</p>
      ${
        placement.cell
          ? html`<p class="placement-cell"><strong>${msg('I håndbokas figur 2:')}</strong> ${content.cells[placement.cell]}</p>`
          : nothing
      }
      ${placement.traditional ? html`<p class="placement-traditional">${content.traditional}</p>` : nothing}
      ${renderPulls(content, view.response.collaboration ?? {}, placement, where === 'report')}
      <p class="placement-ambition"><strong>${msg('Til samtalen:')}</strong> ${content.ambition}</p>
      ${
        view.response.collaboration?.note
          ? html`<p class="placement-note"><strong>${msg('Det dere skrev:')}</strong> ${view.response.collaboration.note}</p>`
          : nothing
      }
      <p class="caveat">${content.caveat}</p>
    </section>
  `;
}

/** The line from thin (0) to thick (10): three bands, their borders at 3.5 and 6.5, and the point. */
function renderLine(content: CollaborationContent, placement: Placement): TemplateResult {
  const x = (position: number) => 10 + position * 28; // 0…10 → 10…290 in a 300-wide box
  const position = placement.position ?? 0;
  const label = msg(
    str`Samarbeidet ligger på ${formatNumber(position)} på linjen fra ${content.bands.thin.name} (0) til ${content.bands.thick.name} (10), i feltet ${content.bands[placement.band ?? 'between'].name}.`,
  );
  return html`
    <figure class="placement-figure">
      <svg class="placement-line" viewBox="0 0 300 40" role="img" aria-label=${label} preserveAspectRatio="xMidYMid meet">
        ${svg`
          <rect class="band band-thin ${placement.band === 'thin' ? 'band-here' : ''}" x=${x(0)} y="12" width=${x(3.5) - x(0)} height="16"></rect>
          <rect class="band band-between ${placement.band === 'between' ? 'band-here' : ''}" x=${x(3.5)} y="12" width=${x(6.5) - x(3.5)} height="16"></rect>
          <rect class="band band-thick ${placement.band === 'thick' ? 'band-here' : ''}" x=${x(6.5)} y="12" width=${x(10) - x(6.5)} height="16"></rect>
          <line class="axis" x1=${x(0)} y1="20" x2=${x(10)} y2="20"></line>
          <circle class="marker" cx=${x(position)} cy="20" r="8"></circle>
        `}
      </svg>
      <figcaption class="placement-ends">
        <span>${content.bands.thin.name}</span><span>${content.bands.between.name}</span><span>${content.bands.thick.name}</span>
      </figcaption>
    </figure>
  `;
}

function renderPulls(
  content: CollaborationContent,
  answers: CollaborationAnswers,
  placement: Placement,
  open: boolean,
): TemplateResult {
  const direction = (pull: number) =>
    pull < 0.34 ? msg('trekker mot tynn') : pull > 0.66 ? msg('trekker mot tykk') : msg('ligger i midten');
  return html`
    <details class="pulls" ?open=${open}>
      <summary>${msg(str`Hvilke svar trekker hvilken vei (${placement.answered} av ${placement.total} besvart)`)}</summary>
      <ul>
        ${placement.pulls.map((pull) => {
          const question = content.questions.find((q) => q.id === pull.question);
          if (!question) return nothing;
          const answer = own(answers, question.id);
          const chosen = Array.isArray(answer)
            ? answer.length
              ? answer.map((id) => question.options.find((o) => o.id === id)?.label ?? id).join('; ')
              : msg('ingen av rollene')
            : (question.options.find((o) => o.id === answer)?.label ?? '');
          return html`<li>
            <span class="pull-question">${question.text}</span> <span class="pull-answer">${chosen}</span> –
            <span class="pull-direction">${direction(pull.pull)}</span>
          </li>`;
        })}
      </ul>
    </details>
  `;
}
