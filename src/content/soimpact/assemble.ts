import type { Result } from '../../core/problems.js';
import { parsePlan, type ImpactPlan } from '../../core/soimpact/plan.js';

/**
 * A demo plan is one structure file (`<id>.structure.json`: ids, levels, units, dates and
 * numbers, the same in every language) and one file of words per language (`<id>.<locale>.json`):
 * the plan's texts, each indicator's texts under its id, measurement notes under their date,
 * the evaluations' and references' texts in order. {@link planFromParts} joins them and
 * validates the result with the plan schema, so a translation cannot change a number.
 */
type Words = Record<string, unknown>;

const record = (value: unknown): Words =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Words) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const PLAN_TEXTS = [
  'title',
  'organisation',
  'source',
  'problem',
  'goals',
  'targetGroups',
  'activities',
  'theoryOfChange',
  'inputs',
  'measurementPlan',
];
const INDICATOR_TEXTS = ['name', 'description', 'group', 'method', 'dataSource', 'frequency', 'targetGroup'];

const pick = (from: Words, keys: readonly string[]): Words =>
  Object.fromEntries(keys.filter((key) => from[key] !== undefined).map((key) => [key, from[key]]));

export function planFromParts(structure: unknown, words: unknown): Result<ImpactPlan> {
  const plan = record(structure);
  const texts = record(words);
  const indicatorTexts = record(texts['indicators']);
  const evaluationTexts = list(texts['evaluations']);
  const societal = record(plan['societalValue']);
  const societalTexts = record(texts['societalValue']);
  const referenceTexts = list(societalTexts['references']);
  return parsePlan({
    ...plan,
    locale: texts['locale'],
    ...pick(texts, PLAN_TEXTS),
    ...(plan['societalValue'] === undefined
      ? {}
      : {
          societalValue: {
            text: societalTexts['text'],
            references: list(societal['references']).map((reference, i) => ({ ...record(reference), text: referenceTexts[i] })),
          },
        }),
    indicators: list(plan['indicators']).map((indicator) => {
      const ind = record(indicator);
      const own = record(indicatorTexts[String(ind['id'])]);
      const notes = record(own['notes']);
      return {
        ...ind,
        ...pick(own, INDICATOR_TEXTS),
        measurements: list(ind['measurements']).map((measurement) => {
          const m = record(measurement);
          const note = notes[String(m['date'])];
          return note === undefined ? m : { ...m, note };
        }),
      };
    }),
    ...(plan['evaluations'] === undefined
      ? {}
      : { evaluations: list(plan['evaluations']).map((evaluation, i) => ({ ...record(evaluation), text: evaluationTexts[i] })) }),
  });
}
