/**
 * The report as a document a municipality hands its council. Page 1: title, the round, the
 * date, who took part, the overall picture (score, the profile and the three top
 * priorities). Then the action plan, then every field in detail. Each number is printed once:
 * the field scores only in the detail, the statements' ratings as words beside them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { weightingMethod } from '../../core/samson/weighting.js';
import { own } from '../../core/own.js';
import { formatDate, formatScore } from '../../i18n/number.js';
import { agreementText, importanceOptions } from './input-templates.js';
import type { ScorecardView } from './view.js';
import { renderComparison } from './compare-templates.js';
import { renderPlacement } from './collaboration-templates.js';
import { renderActionMatrix, renderActionPlan, renderActionPlanEntry } from './action-templates.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

/** The owner, date and matrix place the group agreed, or blank lines to fill in on paper. */
function ownerAndDue(view: ScorecardView, statementId: string): TemplateResult | typeof nothing {
  const agreed = renderActionPlanEntry(view, statementId, false);
  if (agreed !== nothing) return agreed;
  return html`<p class="action-owner">
    <span>${msg('Ansvarlig:')}</span><span class="blank"></span> <span>${msg('Frist:')}</span><span class="blank"></span>
  </p>`;
}

/** Page 1 names the few things to work on first; the rest are in the results step. */
const TOP_PRIORITIES = 3;

export function renderReportDocument(view: ScorecardView, print: () => void): TemplateResult {
  const { instrument, response, scores } = view;
  const { answered, total } = scores.completeness;
  return html`
    <article part="report" class="report report-document">
      <header class="report-cover">
        ${heading(view.headingLevel, 0, msg('Rapport'), { id: 'step-heading', focusable: true, className: 'report-kicker' })}
        <p class="report-title">${instrument.title}</p>
        <p class="report-round">${response.label || msg('Uten navn')}</p>
        <div class="no-print report-print">
          <p>${msg('Rapporten er laget for utskrift. Velg «Lagre som PDF» i utskriftsvinduet for å få en PDF-fil.')}</p>
          <button part="button primary" class="primary" @click=${print}>${msg('Skriv ut rapporten')}</button>
        </div>
        <dl class="facts">
          ${
            response.party
              ? html`<div>
                  <dt>${msg('Part')}</dt>
                  <dd>${response.party}</dd>
                </div>`
              : nothing
          }
          <div class="participants">
            <dt>${msg('Hvem deltok')}</dt>
            <dd>${response.participants?.trim() || msg('Ikke oppgitt')}</dd>
          </div>
          <div>
            <dt>${msg('Rapportdato')}</dt>
            <dd><time>${formatDate(new Date().toISOString())}</time></dd>
          </div>
          <div>
            <dt>${msg('Ferdig')}</dt>
            <dd>
              ${response.completedAt ? html`<time>${formatDate(response.completedAt)}</time>` : msg('Ikke markert som ferdig')}
            </dd>
          </div>
          <div>
            <dt>${msg('Besvart')}</dt>
            <dd>${msg(str`${answered} av ${total} utsagn`)}</dd>
          </div>
        </dl>
      </header>
      <section class="report-overview" aria-labelledby=${labelledBy('overview-heading')}>
        ${heading(view.headingLevel, 1, msg('Samlet bilde'), { id: 'overview-heading' })}
        <p class="overall">
          <span class="overall-label">${msg('Samlet skår')}</span>
          <span class="overall-value nowrap"
            >${scores.overall === null ? msg('ingen skår ennå') : msg(str`${formatScore(scores.overall)} av 10`)}</span
          >
        </p>
        ${view.profile()} ${renderTopPriorities(view)}
      </section>
      ${renderComparison(view)} ${renderPlacement(view, 'report')} ${renderPlan(view)} ${renderActionMatrix(view)}
      ${renderDetails(view)} ${view.parties?.report() ?? nothing}
      <section class="block report-next" aria-labelledby=${labelledBy('next-heading')}>
        ${heading(view.headingLevel, 1, msg('Videre'), { id: 'next-heading' })}
        <p>${instrument.guidance.report}</p>
        <p>${instrument.guidance.repeat}</p>
      </section>
    </article>
  `;
}

function renderTopPriorities(view: ScorecardView): TemplateResult {
  const statements = new Map(view.instrument.fields.flatMap((f) => f.statements.map((s) => [s.id, { field: f, statement: s }])));
  const top = view.scores.priorities.slice(0, TOP_PRIORITIES).flatMap((p) => statements.get(p.statementId) ?? []);
  return html`<section class="top-priorities" aria-labelledby=${labelledBy('top-priorities-heading')}>
    ${heading(view.headingLevel, 2, msg('Tre prioriteringer: viktig, men svakt'), { id: 'top-priorities-heading' })}
    ${
      top.length
        ? html`<ol>
            ${top.map(
              ({ field, statement }) =>
                html`<li>
                  <span class="priority-text">${statement.text}</span> <span class="priority-meta">${field.name}</span>
                </li>`,
            )}
          </ol>`
        : html`<p>${msg('Ingen utsagn har ennå lavere skår enn viktigheten dere har gitt dem.')}</p>`
    }
  </section>`;
}

function renderPlan(view: ScorecardView): TemplateResult {
  return renderActionPlan(view, {
    className: 'report-plan',
    hint: msg('Ansvarlig og frist fylles inn når planen vedtas.'),
    item: (item) =>
      html`<p class="action-idea">${item.idea}</p>
        <p class="action-statement"><span class="number">${item.number}.</span> ${item.statement.text}</p>
        ${ownerAndDue(view, item.statement.id)}`,
  });
}

function weightText(view: ScorecardView, valueId: string): string {
  const method = weightingMethod(view.response);
  if (method === 'points') return msg(str`${own(view.response.points ?? {}, valueId) ?? 0} poeng`);
  const weight = own(view.response.weights, valueId);
  if (weight === undefined) return msg('ikke vektet');
  return `${weight} – ${importanceOptions()[weight - 1]?.label ?? ''}`;
}

function renderDetails(view: ScorecardView): TemplateResult {
  const { instrument, scores, response } = view;
  return html`
    <section class="block report-details" aria-labelledby=${labelledBy('details-heading')}>
      ${heading(view.headingLevel, 1, msg('Handlingsfeltene i detalj'), { id: 'details-heading' })}
      <p class="hint">
        ${msg('Skår og viktighet går fra 0 til 10. Et handlingsfelt får skår når minst halvparten av de relevante utsagnene er besvart.')}
      </p>
      ${heading(view.headingLevel, 2, msg('Vekting av verdiene'))}
      <dl class="weights-list">
        ${instrument.values.map(
          (value) =>
            html`<div>
              <dt>${value.name}</dt>
              <dd>${weightText(view, value.id)}</dd>
            </div>`,
        )}
      </dl>
      ${instrument.fields.map((field, i) => {
        const score = scores.fields[i]!;
        return html`<section class="field-detail" aria-labelledby=${labelledBy(`detail-${field.id}`)}>
          ${heading(view.headingLevel, 2, html`<span class="number">${i + 1}.</span> ${field.name}`, { id: `detail-${field.id}` })}
          <p class="field-numbers">
            <span class="nowrap"
              >${msg('Skår')}: ${score.score === null ? msg('ingen skår ennå') : formatScore(score.score)}</span
            >
            ·
            <span class="nowrap">${msg('Viktighet')}: ${score.importance === null ? '–' : formatScore(score.importance)}</span> ·
            <span class="nowrap">${msg(str`${score.answered} av ${score.total} besvart`)}</span>
          </p>
          <ol class="detail-statements">
            ${field.statements.map(
              (statement) =>
                html`<li>
                  <span class="detail-text">${statement.text}</span>
                  <span class="detail-rating">${agreementText(own(response.answers, statement.id)?.rating)}</span>
                </li>`,
            )}
          </ol>
        </section>`;
      })}
    </section>
  `;
}
