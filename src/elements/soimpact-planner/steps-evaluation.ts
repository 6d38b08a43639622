/** Step 10: evaluations and adjustments, and marking the plan finished. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { type Problem } from '../../core/problems.js';
import { describeProblem, describeProblemForUser } from '../../i18n/problems.js';
import { evaluationSchema, type ImpactPlan } from '../../core/soimpact/plan.js';
import { maxLengthOf } from '../../core/salvage.js';
import { formatPlanDate } from '../soimpact-chain/format.js';
import { renderField, type FieldLock } from './fields.js';
import type { TypedText } from './typed-text.js';

export interface EvaluationStepView {
  plan: ImpactPlan;
  typed: TypedText;
  /** What the user may do with the fields; 'print' renders their values as text. */
  readonly: FieldLock;
  /** What stopped the last "mark finished", as problems (said in the current language). */
  readinessProblems: readonly Problem[];
  addEvaluation(): void;
  removeEvaluation(index: number): void;
  markComplete(): void;
}

/**
 * A readiness problem in the words of the step that fixes it; any other with `describe`
 * (with its path, for the event's message, unless told otherwise).
 */
export function describeReadiness(problem: Problem, describe: (problem: Problem) => string = describeProblem): string {
  if (problem.path.length === 1 && problem.path[0] === 'problem') return msg('Beskriv samfunnsproblemet (steg 1).');
  if (problem.path.length === 1 && problem.path[0] === 'indicators') return msg('Legg til minst én indikator (steg 5).');
  return describe(problem);
}

export function renderEvaluationStep(view: EvaluationStepView): TemplateResult {
  const evaluations = view.plan.evaluations;
  return html`
    ${
      evaluations.length
        ? html`<ol class="evaluations">
            ${evaluations.map(
              (evaluation, index) =>
                html`<li>
                  <p class="date">${formatPlanDate(evaluation.date)}</p>
                  <p class="text">${evaluation.text}</p>
                  ${
                    view.readonly
                      ? nothing
                      : html`<button
                          part="button"
                          type="button"
                          class="remove-evaluation"
                          aria-label=${msg(str`Fjern evalueringen ${formatPlanDate(evaluation.date)}`)}
                          @click=${() => view.removeEvaluation(index)}
                        >
                          ${msg('Fjern')}
                        </button>`
                  }
                </li>`,
            )}
          </ol>`
        : html`<p class="none">${msg('Ingen evalueringer ennå.')}</p>`
    }
    ${
      view.readonly
        ? nothing
        : html`<fieldset class="new-evaluation">
              <legend>${msg('Ny evaluering')}</legend>
              ${renderField(view.typed, false, {
                key: 'new.evaluation.date',
                label: msg('Dato'),
                kind: 'date',
                value: '',
                apply: () => null,
                onEnter: () => view.addEvaluation(),
              })}
              ${renderField(view.typed, false, {
                key: 'new.evaluation.text',
                label: msg('Hva viste målingene, og hva endrer dere?'),
                kind: 'textarea',
                value: '',
                maxLength: maxLengthOf(evaluationSchema.shape.text),
                apply: () => null,
              })}
              <button part="button" type="button" class="add-evaluation" @click=${() => view.addEvaluation()}>
                ${msg('Legg til evalueringen')}
              </button>
            </fieldset>
            <div class="complete">
              ${
                view.plan.completedAt
                  ? html`<p class="finished">
                      ${msg(str`Planen ble merket som ferdig ${formatPlanDate(view.plan.completedAt)}. Dere kan fortsette å måle og evaluere.`)}
                    </p>`
                  : nothing
              }
              ${
                view.readinessProblems.length
                  ? html`<div class="error" role="alert">
                      <p>${msg('Planen kan ikke merkes som ferdig ennå:')}</p>
                      <ul>
                        ${view.readinessProblems.map(
                          (problem) =>
                            html`<li>
                              ${describeReadiness(problem, (p) => describeProblemForUser(p, { document: view.plan }))}
                            </li>`,
                        )}
                      </ul>
                    </div>`
                  : nothing
              }
              <button part="button primary" type="button" class="primary mark-complete" @click=${() => view.markComplete()}>
                ${msg('Merk planen som ferdig')}
              </button>
            </div>`
    }
  `;
}

/** All that a plan lacks before it is ready, in one message. */
export function describeReadinessAll(problems: readonly Problem[]): string {
  return problems.map((problem) => describeReadiness(problem)).join(' ');
}
