/** Which template module renders the fields of each of the ten steps. */
import { html, type TemplateResult } from 'lit';
import type { StepId } from '../../core/soimpact/steps.js';
import { renderEvaluationStep, type EvaluationStepView } from './steps-evaluation.js';
import {
  renderIndicatorsStep,
  renderMeasurementsStep,
  renderMethodsOf,
  renderPoints,
  type IndicatorStepsView,
} from './steps-indicators.js';
import { renderMeasurementPlan, renderPlanStep, type PlanStepsView } from './steps-plan.js';

/** What every step's templates see. */
export type StepFieldsView = PlanStepsView & IndicatorStepsView & EvaluationStepView;

export function renderStepFields(view: StepFieldsView, id: StepId): TemplateResult {
  switch (id) {
    case 'problem':
    case 'goals':
    case 'target-groups':
    case 'activities':
      return renderPlanStep(view, id);
    case 'indicators':
      return renderIndicatorsStep(view);
    case 'methods':
      return html`${renderMeasurementPlan(view)} ${renderMethodsOf(view)}`;
    case 'targets':
      return renderPoints(view, 'target');
    case 'baseline':
      return renderPoints(view, 'baseline');
    case 'measurements':
      return renderMeasurementsStep(view);
    case 'evaluation':
      return renderEvaluationStep(view);
  }
}
