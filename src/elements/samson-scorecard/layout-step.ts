/**
 * The step on screen in the element's layout: the report is always the report document; a
 * field step is one statement at a time in the presenter layout and every field at once in
 * the single-page layout; everything else is the standard step. The results step ends with
 * the "finish anyway?" question when the group asked to finish early.
 */
import { html, type TemplateResult } from 'lit';
import type { FinishGuard } from './finish-guard.js';
import type { PresenterController, ScorecardLayout } from './presenter-controller.js';
import { renderPresenterField, renderSinglePage } from './presenter-templates.js';
import { renderReportDocument } from './report-document.js';
import { renderStep } from './step-templates.js';
import type { Step } from './steps.js';
import type { ScorecardView } from './view.js';

export interface LayoutParts {
  layout: ScorecardLayout;
  presenter: PresenterController;
  finish: FinishGuard;
  print(): void;
}

export function renderLayoutStep(view: ScorecardView, step: Step, parts: LayoutParts): TemplateResult {
  if (step.kind === 'report') return renderReportDocument(view, parts.print);
  if (step.kind === 'field' && parts.layout === 'presenter')
    return renderPresenterField(view, parts.presenter, step.field, step.index);
  if (step.kind === 'field' && parts.layout === 'single-page') return renderSinglePage(view);
  if (step.kind === 'results') return html`${renderStep(view, step)} ${parts.finish.render()}`;
  return renderStep(view, step);
}
