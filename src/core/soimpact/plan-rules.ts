/**
 * The planner's rules, apart from any display: where a late-entered reading goes, and what
 * a plan still lacks before it can be called finished.
 */
import { fail, ok, type Problem, type Result } from '../problems.js';
import { maxLengthOf } from '../salvage.js';
import { dateValue, planSchema, type ImpactPlan } from './plan.js';

/**
 * A copy of `items` with `item` in date order: after every item of the same or an earlier
 * date, so a reading entered late slots into place instead of being refused, and two
 * entries of one day keep the order they were typed in. `items` must already be in date
 * order (the plan schema's rule); it is never changed.
 */
export function insertByDate<T extends { date: string }>(items: readonly T[], item: T): T[] {
  const at = placeByDate(items, item.date);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/**
 * The measurements with `reading` in date order, as {@link insertByDate} — or refused with
 * `same-date` when one already has its date: an indicator has one reading a date, the rule
 * the CSV import keeps (`duplicate-row`) and the plan check reports. The problem's path is
 * the index of the reading already there. `measurements` must be in date order; never changed.
 */
export function measurementsWith<T extends { date: string }>(measurements: readonly T[], reading: T): Result<T[]> {
  const at = placeByDate(measurements, reading.date);
  // In date order a reading of the same date is the one just before where the new one goes.
  const before = measurements[at - 1];
  if (before && dateValue(before.date) === dateValue(reading.date)) {
    return fail({ code: 'same-date', path: [at - 1, 'date'], date: before.date });
  }
  return ok([...measurements.slice(0, at), reading, ...measurements.slice(at)]);
}

/** Where an item of `date` goes in date-ordered `items`: after every item of that date or earlier. From the end, as most are late. */
function placeByDate(items: ReadonlyArray<{ date: string }>, date: string): number {
  const time = dateValue(date);
  let at = items.length;
  while (at > 0 && dateValue(items[at - 1]!.date) > time) at--;
  return at;
}

/**
 * What a plan lacks before it can be marked finished, and before a `required` planner is
 * valid: the societal problem (step 1) described, and at least one indicator (step 5).
 * Empty when it is ready. Problems are data; the element says them in the page's language.
 */
export function planReadiness(plan: Pick<ImpactPlan, 'problem' | 'indicators'>): Problem[] {
  const problems: Problem[] = [];
  if (!plan.problem?.trim()) problems.push({ code: 'missing', path: ['problem'] });
  if (!plan.indicators.length) problems.push({ code: 'too-small', path: ['indicators'], minimum: 1, of: 'list' });
  return problems;
}

/** Where a readiness problem is to be fixed: the step (0–9) the planner opens for it. */
export function readinessStep(problem: Problem): number {
  return problem.path[0] === 'problem' ? 0 : 4;
}

/** The plan's own text fields, each a (possibly optional) text in the schema. */
export type PlanTextField =
  | 'title'
  | 'organisation'
  | 'source'
  | 'problem'
  | 'goals'
  | 'targetGroups'
  | 'activities'
  | 'theoryOfChange'
  | 'inputs'
  | 'measurementPlan';

/**
 * The longest text the schema lets each of a plan's own text fields hold, so that a field
 * never accepts more than the plan may keep (a 600-character title must not make a saved
 * draft invalid). Read from the schema, so a change there reaches the form.
 */
export function planTextLimit(field: PlanTextField): number | undefined {
  return maxLengthOf(planSchema.shape[field]);
}

/**
 * A deep copy of a validated plan, for an event detail or a getter the page may change. A
 * plan is plain JSON data, so a walk over its own shape is enough, and it is several times
 * faster than `structuredClone` on a plan with 100,000 measurements.
 */
export function copyPlan(plan: ImpactPlan): ImpactPlan {
  return copyJson(plan) as ImpactPlan;
}

function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i]);
    return out;
  }
  // A reading `parsePlan` checked is frozen and holds only text and numbers: shared, not
  // copied, so a copy of 100,000 readings is one new array and no new rows.
  if (Object.isFrozen(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = copyJson((value as Record<string, unknown>)[key]);
    // A key `__proto__` must stay a plain property of the copy, not set its prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

/**
 * The plan with only each indicator's latest measurement: what a chain preview shows,
 * without handing it (and its validation) a series of 100,000 readings on every keystroke.
 */
export function latestOnly(plan: ImpactPlan): ImpactPlan {
  return {
    ...plan,
    indicators: plan.indicators.map((indicator) =>
      indicator.measurements.length > 1 ? { ...indicator, measurements: indicator.measurements.slice(-1) } : indicator,
    ),
  };
}
