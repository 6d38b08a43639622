/**
 * One step's content, chosen by its kind (see `steps.ts`); a new kind is one more case.
 * The introduction, the weighting and the fields are here on first load; the other steps
 * come in chunks (chunks.ts) and show their heading while the chunk is on the way.
 */
import type { TemplateResult } from 'lit';
import type { LazyModulesController } from '../../base/lazy-module.js';
import { renderField, renderIntro } from './input-templates.js';
import { renderPointsWeighting } from './weighting-templates.js';
import { collaborationChunk, renderPendingStep, resultsChunk } from './chunks.js';
import { stepName, type Step } from './steps.js';
import type { ScorecardView } from './view.js';

/** The step in the standard layout; the report is rendered by layout-step.ts (print-document.ts prints it). */
export function renderStep(
  view: ScorecardView,
  step: Exclude<Step, { kind: 'report' }>,
  lazy: LazyModulesController,
): TemplateResult {
  switch (step.kind) {
    case 'intro':
      return renderIntro(view);
    case 'weights':
      return renderPointsWeighting(view);
    case 'field':
      return renderField(view, step.field, step.index);
    case 'collaboration':
      return (
        lazy.use(collaborationChunk)?.renderCollaboration(view) ?? renderPendingStep(lazy, view.headingLevel, stepName(step))
      );
    case 'results':
      return lazy.use(resultsChunk)?.renderResults(view) ?? renderPendingStep(lazy, view.headingLevel, stepName(step));
  }
}
