/**
 * The action plan made concrete: under each idea for action, who sees to it, by when, and
 * where it sits in the review matrix (keep/do more vs. stop/do less × known vs. new ways of
 * acting, research report Figur 2, R:1519-1537); and the report's matrix of the round's
 * actions (`groupActions`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  ACTION_QUADRANTS,
  groupActions,
  roundActions,
  type ActionPlanEntry,
  type ActionQuadrant,
  type RoundAction,
} from '../../core/samson/history.js';
import { actionPlan, type ActionItem } from '../../core/samson/report.js';
import { formatDate } from '../../i18n/number.js';
import type { ScorecardView } from './view.js';
import { own } from '../../core/own.js';
import { heading } from '../../base/heading.js';
import { renderTextInput } from './text-input.js';
import { labelledBy } from './instance-name.js';

const OWNER_LIMIT = 200;

export function quadrantLabel(quadrant: ActionQuadrant): string {
  switch (quadrant) {
    case 'keep-known':
      return msg('Gjøre mer av – noe vi gjør allerede');
    case 'keep-new':
      return msg('Gjøre mer av – noe nytt');
    case 'stop-known':
      return msg('Gjøre mindre av – noe vi gjør allerede');
    case 'stop-new':
      return msg('Gjøre mindre av – noe nytt');
  }
}

/**
 * The action plan, field by field, each idea for action as `item` renders it: the results
 * show it with the fields to plan it, the printed report with what was planned.
 */
export function renderActionPlan(
  view: ScorecardView,
  options: { className: string; hint?: string; item: (item: ActionItem) => TemplateResult },
): TemplateResult {
  const plan = actionPlan(view.instrument, view.response);
  return html`
    <section class="block action-plan ${options.className}" aria-labelledby=${labelledBy('plan-heading')}>
      ${heading(view.headingLevel, 1, msg('Handlingsplan: ideer til tiltak'), { id: 'plan-heading' })}
      ${
        plan.length
          ? html`${options.hint ? html`<p class="hint">${options.hint}</p>` : nothing}
            ${plan.map(
              (group) => html`
                <section class="action-field" aria-labelledby=${labelledBy(`plan-${group.field.id}`)}>
                  ${heading(view.headingLevel, 2, group.field.name, { id: `plan-${group.field.id}` })}
                  <ul>
                    ${group.items.map((item) => html`<li class="action">${options.item(item)}</li>`)}
                  </ul>
                </section>
              `,
            )}`
          : html`<p>${msg('Ingen ideer til tiltak er skrevet ennå.')}</p>`
      }
    </section>
  `;
}

/** The plan under one idea in the action plan: fields to fill in the results, text in the report. */
export function renderActionPlanEntry(
  view: ScorecardView,
  statementId: string,
  editable: boolean,
): TemplateResult | typeof nothing {
  const rounds = view.rounds;
  if (!rounds) return nothing;
  const plan: ActionPlanEntry = own(rounds.shown.actions, statementId) ?? {};
  if (!editable || view.locked) {
    const parts = [
      plan.owner ? msg(str`Ansvarlig: ${plan.owner}`) : undefined,
      plan.due ? msg(str`innen ${formatDate(plan.due)}`) : undefined,
      plan.quadrant ? quadrantLabel(plan.quadrant) : undefined,
    ].filter(Boolean);
    return parts.length ? html`<p class="action-plan-entry">${parts.join(' · ')}</p>` : nothing;
  }
  const set = (change: Partial<ActionPlanEntry>) => {
    const current = own(rounds.shown.actions, statementId) ?? {};
    rounds.action(statementId, { ...current, ...change });
  };
  return html`<div class="plan-entry">
    <div class="plan-part">
      ${renderTextInput({
        id: `owner-${statementId}`,
        label: msg('Hvem har ansvaret'),
        value: plan.owner ?? '',
        maxlength: OWNER_LIMIT,
        input: (owner) => set({ owner }),
      })}
    </div>
    <div class="plan-part">
      <label for="due-${statementId}">${msg('Innen')}</label>
      <input
        id="due-${statementId}"
        type="date"
        .value=${live(plan.due ?? '')}
        @change=${(e: Event) => set({ due: (e.target as HTMLInputElement).value || undefined })}
      />
    </div>
    <div class="plan-part">
      <label for="quadrant-${statementId}">${msg('Plass i tiltaksmatrisen')}</label>
      <select
        id="quadrant-${statementId}"
        @change=${(e: Event) => set({ quadrant: ((e.target as HTMLSelectElement).value || undefined) as ActionQuadrant | undefined })}
      >
        <option value="" ?selected=${!plan.quadrant}>${msg('Ikke plassert')}</option>
        ${ACTION_QUADRANTS.map((q) => html`<option value=${q} ?selected=${plan.quadrant === q}>${quadrantLabel(q)}</option>`)}
      </select>
    </div>
  </div>`;
}

function actionList(actions: readonly RoundAction[]): TemplateResult {
  return actions.length
    ? html`<ul>
        ${actions.map(
          (a) => html`<li>${a.idea}${a.plan.owner ? html` <span class="action-owner">(${a.plan.owner})</span>` : nothing}</li>`,
        )}
      </ul>`
    : html`<p class="empty-cell">–</p>`;
}

/** The report's matrix: the round's actions sorted into the four quadrants, the unplaced ones below. */
export function renderActionMatrix(view: ScorecardView): TemplateResult | typeof nothing {
  const rounds = view.rounds;
  if (!rounds) return nothing;
  const actions = roundActions(view.instrument, { ...rounds.shown, joint: view.response });
  if (!actions.length) return nothing;
  const { byQuadrant } = groupActions(actions);
  const none = byQuadrant.get('none') ?? [];
  return html`<section class="block action-matrix" aria-labelledby=${labelledBy('matrix-heading')}>
    ${heading(view.headingLevel, 1, msg('Tiltaksmatrisen'), { id: 'matrix-heading' })}
    <p class="hint">
      ${msg('Tiltakene sortert etter om de handler om å gjøre mer eller mindre av noe, og om det er noe dere gjør allerede eller noe nytt.')}
    </p>
    <table class="matrix">
      <thead>
        <tr>
          <td></td>
          <th scope="col">${msg('Kjente handlinger')}</th>
          <th scope="col">${msg('Nye handlinger')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${msg('Fortsatt gjøre / gjøre mer av')}</th>
          <td data-label=${msg('Kjente handlinger')}>${actionList(byQuadrant.get('keep-known')!)}</td>
          <td data-label=${msg('Nye handlinger')}>${actionList(byQuadrant.get('keep-new')!)}</td>
        </tr>
        <tr>
          <th scope="row">${msg('Ikke gjøre / gjøre mindre av')}</th>
          <td data-label=${msg('Kjente handlinger')}>${actionList(byQuadrant.get('stop-known')!)}</td>
          <td data-label=${msg('Nye handlinger')}>${actionList(byQuadrant.get('stop-new')!)}</td>
        </tr>
      </tbody>
    </table>
    ${none.length ? html`<p class="hint">${msg(str`Ikke plassert i matrisen: ${none.length} tiltak.`)}</p>` : nothing}
  </section>`;
}
