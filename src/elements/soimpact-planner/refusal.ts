/**
 * The planner's message about a refused file or plan, or about what a plan was taken with:
 * the problems kept as data with the plan they are about (said at render time, so they follow
 * a live language switch, and placed by that plan's indicator names), dispatched as
 * `soimpact-error` with their paths for the page, and closed by the user.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ErrorDetail, Problem } from '../../core/problems.js';
import { describeProblemForUser, errorDetail } from '../../i18n/problems.js';
import type { ImpactPlan } from '../../core/soimpact/plan.js';

/** The title over the problems a plan was taken with (`planWarnings`): it is in use, and they are the user's to fix. */
export const takenWithWarnings = (): string => msg('Planen er tatt i bruk, men har noe du bør rette opp:');

export interface RefusalOptions {
  /** The plan in use: what the problems are about when no other document is given. */
  current(): ImpactPlan;
  dispatch(detail: ErrorDetail): void;
  focusLater(selector: string): void;
}

export class Refusal implements ReactiveController {
  private title = '';
  private problems: Problem[] = [];
  /** The document the problems are about (a refused file as it was read), or the plan in use. */
  private document: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RefusalOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Shows why a plan or file was refused, or what a plan was taken with, and dispatches
   * `soimpact-error`. `document` is the refused input, when it is not the plan in use.
   */
  show(title: string, problems: Problem[], options: { moveFocus?: boolean; document?: unknown } = {}): void {
    this.title = title;
    this.problems = problems;
    this.document = options.document;
    this.options.dispatch(errorDetail(problems, title));
    if (options.moveFocus ?? true) this.options.focusLater('.error button');
    this.host.requestUpdate();
  }

  /** The plan was replaced without problems: the message goes, focus stays where it is. */
  clear(): void {
    if (!this.problems.length) return;
    this.problems = [];
    this.document = undefined;
    this.host.requestUpdate();
  }

  private dismiss = (): void => {
    this.clear();
    this.options.focusLater('#step-heading');
  };

  render(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    const document = this.document ?? this.options.current();
    return html`<div class="error" role="alert" part="error">
      <p>${this.title}</p>
      <ul>
        ${this.problems.map((problem) => html`<li>${describeProblemForUser(problem, { document })}</li>`)}
      </ul>
      <button part="button" type="button" @click=${this.dismiss}>${msg('Lukk meldingen')}</button>
    </div>`;
  }
}
