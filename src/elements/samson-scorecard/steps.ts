/**
 * The scorecard's steps as data: the list a group walks through, how to find a step in it,
 * where to resume, and what each is called. Every place that needs "the results step" or
 * "field 3" asks here instead of counting (no `fields.length + 3`); a new step kind (rounds,
 * parties) is one more entry in {@link scorecardSteps} and one more case in {@link stepName}.
 */
import { msg, str } from '@lit/localize';
import type { Problem } from '../../core/problems.js';
import type { Field, Instrument } from '../../core/samson/instrument.js';
import type { Missing } from '../../core/samson/report.js';

export type Step =
  | { kind: 'intro' }
  | { kind: 'weights' }
  | { kind: 'field'; index: number; field: Field }
  | { kind: 'collaboration' }
  | { kind: 'results' }
  | { kind: 'report' };

export type StepKind = Step['kind'];

/** Every step of an instrument, in order. */
export function scorecardSteps(instrument: Instrument): Step[] {
  return [
    { kind: 'intro' },
    { kind: 'weights' },
    ...instrument.fields.map((field, index) => ({ kind: 'field' as const, index, field })),
    ...(instrument.collaboration ? [{ kind: 'collaboration' as const }] : []),
    { kind: 'results' },
    { kind: 'report' },
  ];
}

/** The index of a step kind (for `field`, of field `fieldIndex`); -1 if there is none. */
export function stepIndex(steps: readonly Step[], kind: StepKind, fieldIndex = 0): number {
  return steps.findIndex((step) => step.kind === kind && (step.kind !== 'field' || step.index === fieldIndex));
}

/** Whether `index` names a step: an integer within the list. `goToStep` refuses anything else. */
export function isStepIndex(steps: readonly Step[], index: unknown): index is number {
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < steps.length;
}

/** Why `index` is refused by `goToStep`, as a problem; undefined for a step index. */
export function notAStep(steps: readonly Step[], index: unknown): Extract<Problem, { code: 'bad-argument' }> | undefined {
  if (isStepIndex(steps, index)) return undefined;
  let found: string;
  try {
    found = String(index);
  } catch {
    found = typeof index; // a Symbol, or an object whose toString throws
  }
  return { code: 'bad-argument', path: ['goToStep'], found, minimum: 0, maximum: steps.length - 1 };
}

/** The step index shown for a stored index (a shorter instrument may have fewer steps). */
export function shownIndex(steps: readonly Step[], index: number): number {
  return Math.max(0, Math.min(index, steps.length - 1));
}

/**
 * Where "continue where you left off" goes: the weighting while a value is unweighted,
 * else the first field with an unanswered statement, else the results.
 */
export function resumeStep(steps: readonly Step[], missing: Missing): number {
  if (missing.values.length) return stepIndex(steps, 'weights');
  const field = missing.fields[0];
  if (field) return stepIndex(steps, 'field', field.index);
  return stepIndex(steps, 'results');
}

/** The step's name in the jump list. */
export function stepName(step: Step): string {
  switch (step.kind) {
    case 'intro':
      return msg('Innledning');
    case 'weights':
      return msg('Vekting av verdier');
    case 'field':
      return step.field.name;
    case 'collaboration':
      return msg('Om samarbeidet');
    case 'results':
      return msg('Resultater');
    case 'report':
      return msg('Rapport');
  }
}

/** Where the group is, for the progress line ("Handlingsfelt 3 av 7"). */
export function stepWhere(step: Step, instrument: Instrument): string {
  return step.kind === 'field' ? msg(str`Handlingsfelt ${step.index + 1} av ${instrument.fields.length}`) : stepName(step);
}

/** The text of the "next" button that leads from step `index`. */
export function nextButtonText(steps: readonly Step[], index: number): string {
  const next = steps[index + 1];
  if (index === 0) return msg('Start');
  if (next?.kind === 'results') return msg('Se resultatene');
  if (next?.kind === 'report') return msg('Til rapporten');
  return msg('Neste');
}
