/**
 * The planner's draft in `localStorage`. Every access can throw — storage disabled by
 * policy, private browsing, a full quota — so every function catches and reports instead,
 * and the element keeps working in memory.
 */
import type { Problem } from '../../core/problems.js';
import { parsePlan, type ImpactPlan } from '../../core/soimpact/plan.js';

export type PlanDraftRead =
  | { status: 'empty' }
  | { status: 'ok'; plan: ImpactPlan }
  | { status: 'unavailable' }
  | { status: 'corrupt'; problems: Problem[] };

function storage(): Storage {
  // Reading the property itself throws where storage is blocked.
  return globalThis.localStorage;
}

export function readPlanDraft(key: string): PlanDraftRead {
  let text: string | null;
  try {
    text = storage().getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  const parsed = parsePlan(text);
  return parsed.ok ? { status: 'ok', plan: parsed.value } : { status: 'corrupt', problems: parsed.problems };
}

/** Whether the draft was written. */
export function writePlanDraft(key: string, plan: ImpactPlan): boolean {
  try {
    storage().setItem(key, JSON.stringify(plan));
    return true;
  } catch {
    return false;
  }
}

/** Whether the draft is gone (or storage holds nothing to delete). */
export function deletePlanDraft(key: string): boolean {
  try {
    storage().removeItem(key);
    return true;
  } catch {
    return false;
  }
}
