/**
 * What the group gets back: the results step (what is missing, scores, priorities, the
 * action plan, "mark as complete", the rounds). The report is report-document.ts (a chunk of
 * its own, also what is printed); a later block is one more function here and one more
 * line in {@link renderResults}.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Instrument } from '../../core/samson/instrument.js';
import type { Scores } from '../../core/samson/scoring.js';
import { missingAnswers } from '../../core/samson/report.js';
import { formatDate, formatScore } from '../../i18n/number.js';
import { agreementText } from './input-templates.js';
import { stepIndex } from './steps.js';
import { renderPlacement } from './collaboration-templates.js';
import type { ScorecardView } from './view.js';
import { renderComparison } from './compare-templates.js';
import { renderRoundsList, renderStartRound } from './rounds-templates.js';
import { renderActionPlan, renderActionPlanEntry } from './action-templates.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

/** The priority list is for choosing what to work on next, so it stays short. */
const MAX_PRIORITIES = 10;

export function renderResults(view: ScorecardView): TemplateResult {
  const { instrument, response, scores, steps } = view;
  const missing = missingAnswers(instrument, response);
  return html`
    <div part="results" class="results">
      ${heading(view.headingLevel, 0, msg('Resultater'), { id: 'step-heading', focusable: true })}
      <p>${instrument.guidance.results}</p>
      <section class="block" aria-labelledby=${labelledBy('missing-heading')}>
        ${heading(view.headingLevel, 1, msg('Dette mangler'), { id: 'missing-heading' })}
        ${
          missing.complete
            ? html`<p>${msg('Alt er besvart.')}</p>`
            : html`<ul class="missing">
                ${
                  missing.values.length
                    ? html`<li>
                        ${msg(str`Vekting: ${missing.values.length} av ${instrument.values.length} verdier er ikke vektet.`)}
                        <button part="button link" class="link" @click=${() => view.goTo(stepIndex(steps, 'weights'))}>
                          ${msg('Gå til vektingen')}
                        </button>
                      </li>`
                    : nothing
                }
                ${missing.fields.map(
                  (gap) =>
                    html`<li>
                      ${msg(str`${gap.field.name}: ${gap.unanswered.length} av ${gap.field.statements.length} utsagn er ikke besvart.`)}
                      <button part="button link" class="link" @click=${() => view.goTo(stepIndex(steps, 'field', gap.index))}>
                        ${msg(str`Gå til ${gap.field.name}`)}
                      </button>
                    </li>`,
                )}
              </ul>`
        }
      </section>
      ${view.parties?.results() ?? nothing} ${renderOverall(scores)} ${view.profile()} ${renderComparison(view)}
      ${renderScoreTable(instrument, scores, view.headingLevel)} ${renderPlacement(view, 'results')}
      ${renderPriorities(instrument, scores, view.headingLevel)} ${renderEditablePlan(view)}
      <section class="block complete no-print" aria-labelledby=${labelledBy('complete-heading')}>
        ${heading(view.headingLevel, 1, msg('Ferdig?'), { id: 'complete-heading' })}
        <p>${msg('Når gruppen er enig om svarene, marker vurderingen som ferdig. Dere kan fortsatt endre svarene etterpå.')}</p>
        ${
          response.completedAt
            ? html`<p class="done">${msg(str`Markert som ferdig ${formatDate(response.completedAt)}.`)}</p>`
            : nothing
        }
        ${
          view.locked
            ? nothing
            : html`<button part="button primary" class="primary" @click=${() => view.complete()}>
                ${msg('Marker som ferdig')}
              </button>`
        }
      </section>
      ${renderStartRound(view)} ${renderRoundsList(view)}
    </div>
  `;
}

function renderOverall(scores: Scores): TemplateResult {
  return html`<p class="overall">
    <span class="overall-label">${msg('Samlet skår')}</span>
    <span class="overall-value"
      >${scores.overall === null ? msg('ingen skår ennå') : msg(str`${formatScore(scores.overall)} av 10`)}</span
    >
  </p>`;
}

function renderScoreTable(instrument: Instrument, scores: Scores, top: number): TemplateResult {
  return html`
    <section class="block" aria-labelledby=${labelledBy('scores-heading')}>
      ${heading(top, 1, msg('Skår per handlingsfelt'), { id: 'scores-heading' })}
      <p class="hint">
        ${msg('Skår og viktighet går fra 0 til 10. Et handlingsfelt får skår når minst halvparten av de relevante utsagnene er besvart.')}
      </p>
      <table class="scores">
        <thead>
          <tr>
            <th scope="col">${msg('Handlingsfelt')}</th>
            <th scope="col">${msg('Skår')}</th>
            <th scope="col">${msg('Viktighet')}</th>
            <th scope="col">${msg('Besvart')}</th>
          </tr>
        </thead>
        <tbody>
          ${instrument.fields.map((field, i) => {
            const score = scores.fields[i]!;
            return html`<tr>
              <th scope="row">${field.name}</th>
              <td data-label=${msg('Skår')}>
                <span class="score-number">${score.score === null ? msg('ingen skår ennå') : formatScore(score.score)}</span>
                <span class="bar" aria-hidden="true" data-score=${score.score ?? 0} data-importance=${score.importance ?? 0}
                  ><span class="bar-importance"></span><span class="bar-score"></span
                ></span>
              </td>
              <td data-label=${msg('Viktighet')}>${score.importance === null ? '–' : formatScore(score.importance)}</td>
              <td data-label=${msg('Besvart')}>${msg(str`${score.answered} av ${score.total}`)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
  `;
}

function renderPriorities(instrument: Instrument, scores: Scores, top: number): TemplateResult {
  const statements = new Map(instrument.fields.flatMap((f) => f.statements.map((s) => [s.id, { field: f, statement: s }])));
  const byId = new Map(scores.statements.map((s) => [s.statementId, s]));
  return html`
    <section class="block" aria-labelledby=${labelledBy('priorities-heading')}>
      ${heading(top, 1, msg('Prioriteringer: viktig, men svakt'), { id: 'priorities-heading' })}
      ${
        scores.priorities.length
          ? html`<p class="hint">
                ${msg('Utsagnene der det dere sa er viktig, ligger lengst unna hvor dere står nå. Størst avstand først.')}
              </p>
              ${
                scores.priorities.length > MAX_PRIORITIES
                  ? html`<p class="hint">
                      ${msg(str`Her er de ${MAX_PRIORITIES} med størst avstand, av ${scores.priorities.length} i alt.`)}
                    </p>`
                  : nothing
              }
              <ol class="priorities">
                ${scores.priorities.slice(0, MAX_PRIORITIES).map((priority) => {
                  const found = statements.get(priority.statementId);
                  const s = byId.get(priority.statementId);
                  if (!found || !s) return nothing;
                  return html`<li>
                    <span class="priority-text">${found.statement.text}</span>
                    <span class="priority-meta"
                      >${found.field.name} ·
                      ${msg(
                        str`viktighet ${formatScore(s.importance ?? 0)}, skår ${formatScore(s.score ?? 0)}, avstand ${formatScore(priority.gap)}`,
                      )}</span
                    >
                  </li>`;
                })}
              </ol>`
          : html`<p>${msg('Ingen utsagn har ennå lavere skår enn viktigheten dere har gitt dem.')}</p>`
      }
    </section>
  `;
}

/** The action plan in the results: each idea with its rating, and the fields to plan it. */
function renderEditablePlan(view: ScorecardView): TemplateResult {
  return renderActionPlan(view, {
    className: '',
    item: (item) =>
      html`<p class="action-statement">
          <span class="number">${item.number}.</span> ${item.statement.text}
          <span class="action-rating">(${agreementText(item.rating)})</span>
        </p>
        <p class="action-idea">${item.idea}</p>
        ${renderActionPlanEntry(view, item.statement.id, true)}`,
  });
}
