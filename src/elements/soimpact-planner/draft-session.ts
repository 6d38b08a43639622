/**
 * The planner's draft in the shared `DraftController`: what is saved — the plan and what
 * was typed but is not in it yet — and how a restored draft's typing is put back.
 */
import type { ReactiveControllerHost } from 'lit';
import { DraftController } from '../../base/draft-controller.js';
import type { Problem } from '../../core/problems.js';
import { parsePlanDraft, serializePlanDraft, type PlanDraft } from '../../core/soimpact/plan-draft.js';
import type { ImpactPlan } from '../../core/soimpact/plan.js';
import { validatePlanDraft } from './large-plan.js';
import type { TypedText } from './typed-text.js';

/** Where the planner keeps what was typed: its own fields and a new evaluation, and steps 5–9. */
export interface TypedStores {
  plan: TypedText;
  indicators: TypedText;
}

export interface PlanDraftOptions {
  /** The page's `storage-key`; empty for the default key. */
  storageKey(): string;
  enabled(): boolean;
  plan(): ImpactPlan;
  stores(): TypedStores;
  /** Makes `plan` the plan on screen (what a restore does), for a newer version another tab saved. */
  take(plan: ImpactPlan): void;
  onProblems(problems: Problem[]): void;
}

/** The fields of a baseline or a target, kept in the draft while they are not whole. */
const POINT_FIELDS = ['.baseline.value', '.baseline.date', '.target.value', '.target.date'];

/** The one autosave of the library for a plan: valid saves only, partial restore, tabs in step, newer formats and conflicts kept aside. */
export function createPlanDraft(
  host: ReactiveControllerHost & HTMLElement,
  options: PlanDraftOptions,
): DraftController<PlanDraft> {
  const draft: DraftController<PlanDraft> = new DraftController<PlanDraft>(host, {
    key: () => options.storageKey() || draft.defaultKey('soimpact:plan'),
    enabled: options.enabled,
    value: () => ({ plan: options.plan(), unsaved: unsavedText(options.stores()) }),
    validate: validatePlanDraft,
    parse: parsePlanDraft,
    serialize: serializePlanDraft,
    fileName: ({ reason }) => `soimpact-${reason === 'conflict' ? 'andre-versjon' : 'nyere-format'}.json`,
    onProblems: options.onProblems,
    // Another tab saved while this one had nothing unsaved: show its plan and typing, as a reload would.
    adopt: ({ plan, unsaved }) => {
      options.take(plan);
      loadUnsaved(options.stores(), unsaved);
      return true;
    },
  });
  return draft;
}

/**
 * What was typed but is not in the plan: rows not added yet (`new.*`), a baseline or
 * target not yet whole, and any field whose text was refused (it shows a message).
 */
export function unsavedText(stores: TypedStores): Array<[string, string]> {
  const pending = (store: TypedText) =>
    store
      .entries()
      .filter(([key]) => key.startsWith('new.') || POINT_FIELDS.some((end) => key.endsWith(end)) || store.hasMessage(key));
  return [...pending(stores.plan), ...pending(stores.indicators)];
}

/** Puts a draft's typing back into the store each key belongs to. */
export function loadUnsaved(stores: TypedStores, entries: ReadonlyArray<readonly [string, string]>): void {
  const planOwn = (key: string) => key.startsWith('plan.') || key.startsWith('new.evaluation.');
  stores.plan.load(entries.filter(([key]) => planOwn(key)));
  stores.indicators.load(entries.filter(([key]) => !planOwn(key)));
}
