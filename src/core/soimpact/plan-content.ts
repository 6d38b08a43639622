/**
 * Which of the ten steps a plan has filled in: the printed plan (a document for a board or a
 * funder) says «not filled in» once for a step with nothing in it, instead of a dash for each
 * of its empty fields. The plan's name is not a step's content: every plan has one (the
 * placeholder until it is named), and it heads the printed plan.
 */
import type { ImpactPlan, Indicator } from './plan.js';
import type { StepId } from './steps.js';

const has = (text: string | undefined) => Boolean(text?.trim());

/** The steps 6–8 that are about each indicator, and what an indicator holds in them. */
export type IndicatorStep = 'methods' | 'targets' | 'baseline';

export function indicatorHasContent(indicator: Indicator, step: IndicatorStep): boolean {
  switch (step) {
    case 'methods':
      return has(indicator.method) || has(indicator.dataSource) || has(indicator.frequency);
    case 'targets':
      return indicator.target !== undefined;
    case 'baseline':
      return indicator.baseline !== undefined;
  }
}

export function stepHasContent(plan: ImpactPlan, step: StepId): boolean {
  switch (step) {
    case 'problem':
      return has(plan.problem) || has(plan.organisation) || Boolean(plan.period?.from || plan.period?.to);
    case 'goals':
      return has(plan.goals);
    case 'target-groups':
      return has(plan.targetGroups);
    case 'activities':
      return has(plan.inputs) || has(plan.activities) || has(plan.theoryOfChange) || has(plan.societalValue?.text);
    case 'indicators':
      return plan.indicators.length > 0;
    case 'methods':
      return has(plan.measurementPlan) || plan.indicators.some((i) => indicatorHasContent(i, 'methods'));
    case 'targets':
    case 'baseline':
      return plan.indicators.some((i) => indicatorHasContent(i, step));
    case 'measurements':
      return plan.indicators.some((i) => i.measurements.length > 0);
    case 'evaluation':
      return plan.evaluations.length > 0;
  }
}
