/**
 * The step on screen in the element's layout: the report is always the report document; a
 * field step is one statement at a time in the presenter layout and every field at once in
 * the single-page layout; everything else is the standard step. The results step ends with
 * the "finish anyway?" question when the group asked to finish early. The report document
 * and the two layouts are chunks loaded on demand (chunks.ts), and so is the question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LazyModulesController } from '../../base/lazy-module.js';
import type { FinishGuard } from './finish-guard.js';
import type { PresenterController, ScorecardLayout } from './presenter-controller.js';
import { finishChunk, presenterChunk, renderPendingStep, reportChunk } from './chunks.js';
import { renderStep } from './step-templates.js';
import { stepName, type Step } from './steps.js';
import type { ScorecardView } from './view.js';

export interface LayoutParts {
  layout: ScorecardLayout;
  /** The presenter's controller, made once its chunk is there. */
  presenter(chunk: typeof import('./presenter-chunk.js')): PresenterController;
  /** The "finish anyway?" question: its chunk comes with the results step (`finish` makes the guard). */
  finish(chunk: typeof import('./finish-guard.js')): FinishGuard;
  lazy: LazyModulesController;
  print(): void;
}

export function renderLayoutStep(view: ScorecardView, step: Step, parts: LayoutParts): TemplateResult {
  const { lazy } = parts;
  if (step.kind === 'report')
    return (
      lazy.use(reportChunk)?.renderReportDocument(view, parts.print) ?? renderPendingStep(lazy, view.headingLevel, stepName(step))
    );
  if (step.kind === 'field' && parts.layout !== 'standard') {
    const presenter = lazy.use(presenterChunk);
    if (!presenter) return renderPendingStep(lazy, view.headingLevel, step.field.name);
    return parts.layout === 'presenter'
      ? presenter.renderPresenterField(view, parts.presenter(presenter), step.field, step.index)
      : presenter.renderSinglePage(view);
  }
  if (step.kind === 'results') {
    const finish = lazy.use(finishChunk);
    return html`${renderStep(view, step, lazy)} ${finish ? parts.finish(finish).render() : nothing}`;
  }
  return renderStep(view, step, lazy);
}
