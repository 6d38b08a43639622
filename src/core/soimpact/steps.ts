import * as z from '../zod.js';
import { fail, ok, problemsFromZod, REPORT_INPUT, type Problem, type Result } from '../problems.js';
import { lazyObject, once } from '../lazy-schema.js';

export const STEPS_FORMAT = 'soimpact-steps@1';

/**
 * The ten SoImpact steps in the handbook's order (000:2573-2597). The ids are stable: a
 * plan, the planner's navigation and the content files in every language refer to them.
 */
export const STEP_IDS = [
  'problem',
  'goals',
  'target-groups',
  'activities',
  'indicators',
  'methods',
  'targets',
  'baseline',
  'measurements',
  'evaluation',
] as const;

/** The five pieces of advice for choosing indicators that SoImpact builds on (000:2456-2512). */
export const ADVICE_IDS = ['stakeholders', 'known-indicators', 'levels', 'mixed-data', 'prioritise'] as const;

export type StepId = (typeof STEP_IDS)[number];
export type AdviceId = (typeof ADVICE_IDS)[number];

const textSchema = once(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)));

export const stepSchema = lazyObject(() => ({
  id: z.enum(STEP_IDS),
  /** 1–10, the step's number in the method. */
  number: z.int().check(z.gte(1), z.lte(10)),
  /** A short heading, e.g. "Målgruppeanalyse". */
  title: textSchema(),
  /** What the step asks for, in one sentence close to the handbook's wording. */
  task: textSchema(),
  /** Guidance drawn from the source documents, one point per entry. */
  guidance: z.array(textSchema()).check(z.minLength(1), z.maxLength(12)),
  /** Where the guidance comes from: document:lines. */
  source: z.string().check(z.minLength(1), z.maxLength(200)),
}));

export const adviceSchema = lazyObject(() => ({
  id: z.enum(ADVICE_IDS),
  title: textSchema(),
  text: textSchema(),
  source: z.string().check(z.minLength(1), z.maxLength(200)),
}));

export const stepContentSchema = lazyObject(
  () => ({
    format: z.literal(STEPS_FORMAT),
    /** nb, nn, da, en or a language registered at runtime (any BCP 47 tag). */
    locale: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
    steps: z.array(stepSchema).check(z.length(STEP_IDS.length)),
    advice: z.array(adviceSchema).check(z.length(ADVICE_IDS.length)),
  }),
  z.refine((content) => content.steps.every((step, i) => step.id === STEP_IDS[i] && step.number === i + 1), {
    message: 'steps out of order',
    path: ['steps'],
  }),
  z.refine((content) => content.advice.every((advice, i) => advice.id === ADVICE_IDS[i]), {
    message: 'advice out of order',
    path: ['advice'],
  }),
);

export type Step = z.infer<typeof stepSchema>;
export type Advice = z.infer<typeof adviceSchema>;
export type StepContent = z.infer<typeof stepContentSchema>;

/** Validates the guidance for the ten steps in one language. */
export function parseStepContent(input: unknown): Result<StepContent> {
  const parsed = stepContentSchema.safeParse(input, REPORT_INPUT);
  return parsed.success ? ok(parsed.data) : fail(...problemsFromZod(parsed.error.issues));
}

/**
 * Why `index` is not a step of a plan with `count` steps (a whole number from 0 to
 * `count - 1`), as the problem an element reports, or undefined when it is one.
 */
export function stepIndexProblem(index: unknown, count: number, path: string): Problem | undefined {
  if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < count) return undefined;
  return { code: 'not-one-of', path: [path], allowed: Array.from({ length: count }, (_, i) => String(i)) };
}

/** The console warning for a refused `goToStep(index)`: what was given, and what would do. */
export function refusedStepWarning(tag: string, index: unknown, count: number): string {
  const found = typeof index === 'number' ? String(index) : (JSON.stringify(index) ?? String(index));
  return `<${tag}>: goToStep(${found}) refused; give a whole number from 0 to ${count - 1}.`;
}
