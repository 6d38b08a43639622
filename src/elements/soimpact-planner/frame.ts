/**
 * The planner's frame around a step: the step list, the step's heading, task and guidance
 * with back and next, and the notice about the saved draft (the message about a refused file
 * or plan is refusal.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { StepContent } from '../../core/soimpact/steps.js';
import type { DraftController } from '../../base/draft-controller.js';
import { renderDroppedParts, renderKeptDrafts, type KeptDraftActions } from '../../base/draft-notices.js';
import { formatPlanDate } from '../soimpact-chain/format.js';
import { heading } from '../../base/heading.js';

export function renderStepList(steps: StepContent, current: number, goTo: (index: number) => void): TemplateResult {
  return html`<nav part="steps" aria-label=${msg('Stegene i planen')}>
    <ol>
      ${steps.steps.map(
        (s, i) =>
          html`<li>
            <button
              part=${i === current ? 'button nav-item current' : 'button nav-item'}
              type="button"
              class="step-link"
              aria-current=${i === current ? 'step' : 'false'}
              @click=${() => goTo(i)}
            >
              <span class="number" aria-hidden="true">${s.number}</span>
              <span class="visually-hidden">${msg(str`Steg ${s.number}:`)}</span>
              ${s.title}
            </button>
          </li>`,
      )}
    </ol>
  </nav>`;
}

export function renderStep(
  steps: StepContent,
  index: number,
  fields: TemplateResult,
  goTo: (index: number) => void,
  top: number,
): TemplateResult {
  const step = steps.steps[index]!;
  const previous = steps.steps[index - 1];
  const next = steps.steps[index + 1];
  return html`<section class="step" part="step" aria-labelledby="step-heading">
    ${heading(top, 1, msg(str`Steg ${step.number} av 10: ${step.title}`), { id: 'step-heading', focusable: true })}
    <p class="task">${step.task}</p>
    <details class="guidance" part="guidance" open>
      <summary>${msg('Veiledning')}</summary>
      <ul>
        ${step.guidance.map((text) => html`<li>${text}</li>`)}
      </ul>
      <slot name="help"></slot>
      <p class="source">${msg(str`Kilde i dokumentene: ${step.source}`)}</p>
    </details>
    <div class="fields">${fields}</div>
    <div class="step-nav">
      ${
        previous
          ? html`<button part="button" type="button" class="back" @click=${() => goTo(index - 1)}>
              ${msg(str`Forrige: ${previous.title}`)}
            </button>`
          : nothing
      }
      ${
        next
          ? html`<button part="button primary" type="button" class="primary next" @click=${() => goTo(index + 1)}>
              ${msg(str`Neste: ${next.title}`)}
            </button>`
          : nothing
      }
    </div>
  </section>`;
}

/** The draft controller's notice in the planner's words, and the versions it kept aside. */
export function renderDraftNotice<T>(draft: DraftController<T>, updatedAt: string, kept: KeptDraftActions<T>): TemplateResult {
  const notice = draft.notice;
  let text: TemplateResult | undefined;
  switch (notice?.kind) {
    case 'blocked':
    case 'full':
      text = html`${msg('Nettleseren lar ikke siden lagre planen. Endringene ligger bare i denne fanen – last ned planen for å ta vare på den.')}`;
      break;
    case 'unreadable':
      text = html`${msg('Det lagrede utkastet kunne ikke leses, så planen starter på nytt.')}`;
      break;
    case 'restored':
      text = html`${msg(str`Utkastet ditt fra ${formatPlanDate(updatedAt)} er hentet fram. Det lagres i denne nettleseren mens du skriver.`)}
      ${renderDroppedParts(notice.dropped)}`;
  }
  return html`${text ? html`<div class="notice" role="status">${text}</div>` : nothing}${renderKeptDrafts(draft, kept)}`;
}
