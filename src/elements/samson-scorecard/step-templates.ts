/** One step's content, chosen by its kind (see `steps.ts`); a new kind is one more case. */
import type { TemplateResult } from 'lit';
import { renderField, renderIntro } from './input-templates.js';
import { renderPointsWeighting } from './weighting-templates.js';
import { renderCollaboration } from './collaboration-templates.js';
import { renderReport, renderResults } from './result-templates.js';
import type { Step } from './steps.js';
import type { ScorecardView } from './view.js';

export function renderStep(view: ScorecardView, step: Step): TemplateResult {
  switch (step.kind) {
    case 'intro':
      return renderIntro(view);
    case 'weights':
      return renderPointsWeighting(view);
    case 'field':
      return renderField(view, step.field, step.index);
    case 'collaboration':
      return renderCollaboration(view);
    case 'results':
      return renderResults(view);
    case 'report':
      return renderReport(view);
  }
}
