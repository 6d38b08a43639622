/**
 * Everything around the step: the title and progress line with the layout toggle, the jump
 * list, the notices above the step, the form that holds the step, the step buttons and the
 * tools. The element hands in what it owns (its notices, the step's content, the tools).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderMigrationNote } from './migration-templates.js';
import { renderNav, renderProgress, renderStepButtons } from './navigation-templates.js';
import { renderDraftNotices, renderErrors, type NoticesView } from './notices.js';
import type { ScorecardLayout } from './presenter-controller.js';
import type { Step } from './steps.js';
import type { ScorecardView } from './view.js';
import { INSTANCE_NAME_ID, instanceName, labelledBy, scorecardTitle } from './instance-name.js';

export interface Frame {
  layout: ScorecardLayout;
  /** The index of the step shown in the jump list and by the step buttons. */
  index: number;
  /** The step on screen (the report while printing). */
  step: Step;
  /** The response's label, after the title. */
  label: string;
  toggle: TemplateResult;
  /** The element's own notices: the import offer, the rounds', the parties'. */
  notices: readonly unknown[];
  content: TemplateResult;
  tools: TemplateResult;
}

export function renderFrame(view: ScorecardView & NoticesView, frame: Frame): TemplateResult {
  const { step } = frame;
  const title = scorecardTitle(view.instrument.title, frame.label);
  // Two scorecards on a page: every landmark says whose it is (instance-name.ts).
  const name = instanceName(view.root, title);
  return html`
    <div part="base" class="base layout-${frame.layout}" lang=${view.instrument.locale}>
      <div class="top">
        <p class="title" data-instance-title=${title}>
          ${view.instrument.title}${frame.label ? html`<span class="label"> · ${frame.label}</span>` : nothing}
        </p>
        <span id=${INSTANCE_NAME_ID} hidden>– ${name}</span>
        ${renderProgress(view, step)} ${frame.toggle}
      </div>
      <div class="layout">
        ${renderNav(view, frame.index, name)}
        <div class="main">
          <div class="notices">
            ${renderErrors(view)} ${renderDraftNotices(view)} ${step.kind === 'report' ? '' : renderMigrationNote(view)}
            ${frame.notices}
          </div>
          <!-- The form is never submitted. Chromium keeps named radio buttons that leave a
               shadow root alive unless they sat in a form: without it, every step change
               leaked the previous step's DOM (bench/radio-leak.mjs). -->
          <form class="step-form" @submit=${(event: Event) => event.preventDefault()}>
            <section part="step" class="step step-${step.kind}" aria-labelledby=${labelledBy('step-heading')}>
              ${frame.content}
            </section>
          </form>
          ${renderStepButtons(view, frame.index)} ${frame.tools}
        </div>
      </div>
    </div>
  `;
}
