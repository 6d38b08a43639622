/**
 * The planner on paper: a plan is a document, so printing prints all ten steps with what the
 * plan holds, not only the step open on screen. From `beforeprint` to `afterprint` the planner
 * renders the printed plan beside its live form; print media shows the printed plan in place
 * of the form (the step list, the open step and its controls). The live form is left as it
 * is, so focus and the caret stay where the user was typing.
 *
 * The paper is for the people the plan is shared with (a board, a funder): it holds what the
 * plan says, under each step's heading, and nothing of the tool's help. Each field is its
 * label and its value as text (a text area would clip a long text), with what the user typed
 * and has not finished yet; an empty field is left out, and a step with nothing in it says
 * «Ikke fylt ut» once (core/soimpact/plan-content.ts). The step's task, its guidance and the
 * advice for choosing indicators stay on screen: they tell the user what to do, not the
 * reader what was planned.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { listenForPrint } from '../../base/print-controller.js';
import { heading } from '../../base/heading.js';
import type { StepContent, StepId } from '../../core/soimpact/steps.js';
import type { ImpactPlan } from '../../core/soimpact/plan.js';
import { stepHasContent } from '../../core/soimpact/plan-content.js';
import type { FieldLock } from './fields.js';

export { printPlanStyles } from './print-plan.styles.js';

export class PlanPrintController implements ReactiveController {
  /** True from `beforeprint` to `afterprint`. */
  printing = false;
  private stopListening?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = listenForPrint(
      () => this.set(true),
      () => this.set(false),
    );
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.printing = false;
  }

  /**
   * All ten steps as printed, while printing. `fields` renders a step's fields from a view
   * whose `readonly` is 'print' (`printView`).
   */
  render(
    steps: StepContent,
    plan: ImpactPlan,
    top: number,
    fields: (id: StepId) => TemplateResult,
  ): TemplateResult | typeof nothing {
    if (!this.printing) return nothing;
    return html`<div class="printed-plan">
      ${steps.steps.map(
        (step) =>
          html`<section class="printed-step" data-step=${step.id}>
            ${heading(top, 1, msg(str`Steg ${step.number} av 10: ${step.title}`))}
            ${
              stepHasContent(plan, step.id)
                ? html`<div class="fields">${fields(step.id)}</div>`
                : html`<p class="unfilled">${msg('Ikke fylt ut')}</p>`
            }
          </section>`,
      )}
    </div>`;
  }

  private set(on: boolean): void {
    if (this.printing === on) return;
    this.printing = on;
    this.host.requestUpdate();
  }
}

/** The planner's view for the printed steps: the same plan and typed text, the fields as text. */
export function printView<T extends { readonly: FieldLock }>(view: T): T {
  return Object.create(view, { readonly: { value: 'print' } }) as T;
}
