/**
 * What keeps the planner responsive with the largest plan the schema allows (100,000
 * readings): no task over 200 ms. Setting such a plan validates it once; saving it
 * again right after must not validate it a second time, and the draft of a large plan
 * is written in a task of its own, so the setter's task does not also carry a
 * multi-megabyte `localStorage` write.
 */
import { ok, type Result } from '../../core/problems.js';
import { parsePlan, type ImpactPlan } from '../../core/soimpact/plan.js';
import type { PlanDraft } from '../../core/soimpact/plan-draft.js';

/** Above this many readings in all, a plan's draft is written in a task of its own. */
export const LARGE_PLAN_READINGS = 10_000;

/** Plans that came out of `parsePlan` and were not changed since (plans are replaced, never mutated). */
const validated = new WeakSet<ImpactPlan>();

/** Remembers that `plan` is the output of `parsePlan`, so the draft need not validate it again. */
export function markValidated(plan: ImpactPlan): ImpactPlan {
  validated.add(plan);
  return plan;
}

/** The draft controller's `validate`: a plan fresh from `parsePlan` is taken as it is. */
export function validatePlanDraft(value: PlanDraft): Result<PlanDraft> {
  if (validated.has(value.plan)) return ok(value);
  const plan = parsePlan(value.plan);
  if (!plan.ok) return plan;
  markValidated(plan.value);
  return ok({ plan: plan.value, unsaved: value.unsaved });
}

/** Whether a plan holds more readings than the planner handles in one task without thought. */
export function isLargePlan(plan: ImpactPlan): boolean {
  let count = 0;
  for (const indicator of plan.indicators) count += indicator.measurements.length;
  return count > LARGE_PLAN_READINGS;
}

/**
 * Writes a pending draft now — or, for a large plan, in the next task (still before any
 * further input is handled; a page hidden or left in between is flushed by the draft
 * controller itself).
 */
export function flushDraft(plan: ImpactPlan, flush: () => void): void {
  if (isLargePlan(plan)) setTimeout(flush, 0);
  else flush();
}
