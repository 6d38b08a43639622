/**
 * What keeps the planner responsive with the largest plan the schema allows (100,000
 * readings): no task over 200 ms. A large plan set by the page is validated in slices of a
 * few milliseconds after the setter returns (`PlanReader`, with a «Leser planen …» notice);
 * it is validated once, so saving it right after does not validate it again; and the draft
 * of a large plan is written in a task of its own, so no task also carries a multi-megabyte
 * `localStorage` write.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ok, type Result } from '../../core/problems.js';
import { parsePlan, parsePlanGradually, readingsIn, type ImpactPlan } from '../../core/soimpact/plan.js';
import type { PlanDraft } from '../../core/soimpact/plan-draft.js';
import { formatNumber } from '../../i18n/number.js';
import { nextTask } from '../../base/next-task.js';

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

/** How often the progress is shown again: each render costs a little, and a bar needs no more. */
const PROGRESS_MS = 250;

/**
 * Reads the plans a page sets: a plan of up to {@link LARGE_PLAN_READINGS} readings at once,
 * a larger one in slices after the setter returns, showing how far it has come. A newer plan
 * replaces a reading under way; `settled` resolves when the last one is taken or refused.
 */
export class PlanReader implements ReactiveController {
  /** The reading under way, for the notice. */
  progress: { checked: number; total: number } | undefined;
  /** Resolves when the reading under way has ended (at once when there is none). */
  settled: Promise<void> = Promise.resolve();
  private generation = 0;

  /** `atOnceUpTo`: a plan of up to this many readings is validated in the setter's task. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly atOnceUpTo = LARGE_PLAN_READINGS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Validates `value` and hands the result to `take` — at once for a plan that is not large. */
  read(value: unknown, take: (result: Result<ImpactPlan>) => void): void {
    const generation = ++this.generation;
    const total = readingsIn(value);
    if (total <= this.atOnceUpTo) {
      this.show(undefined);
      take(parsePlan(value));
      return;
    }
    this.show({ checked: 0, total });
    let shown = performance.now();
    this.settled = parsePlanGradually(value, {
      pause: nextTask,
      current: () => generation === this.generation,
      progress: (checked) => {
        if (performance.now() - shown < PROGRESS_MS) return;
        shown = performance.now();
        this.show({ checked, total });
      },
    }).then((result) => {
      if (!result || generation !== this.generation) return;
      this.show(undefined);
      take(result);
    });
  }

  /** Forgets a reading under way (the property was cleared). */
  cancel(): void {
    this.generation++;
    this.show(undefined);
  }

  /** The notice while a large plan is read. */
  render(): TemplateResult | typeof nothing {
    const progress = this.progress;
    if (!progress) return nothing;
    const text = msg(str`Leser planen: ${formatNumber(progress.checked)} av ${formatNumber(progress.total)} målinger …`);
    return html`<div class="notice reading">
      <p role="status">${msg(str`Leser en plan med ${formatNumber(progress.total)} målinger …`)}</p>
      <progress max=${progress.total} .value=${progress.checked} aria-label=${text}></progress>
    </div>`;
  }

  private show(progress: { checked: number; total: number } | undefined): void {
    if (!progress && !this.progress) return;
    this.progress = progress;
    this.host.requestUpdate();
  }
}
