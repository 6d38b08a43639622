import * as z from '../zod.js';
import { fail, ok, parseJson, problemsFromZod, REPORT_INPUT, type Result } from '../problems.js';
import { idSchema, type Instrument } from './instrument.js';
import { own } from '../own.js';
import { migrateResponse } from './migration.js';
import { collaborationAnswersSchema, type CollaborationAnswers } from './placement.js';
import { clampPoints, pointsSchema } from './weighting.js';
import { lazyObject } from '../lazy-schema.js';
import { RESPONSE_TEXT_LIMITS } from './text-limits.js';

export const RESPONSE_FORMAT = 'samson-response@1';
const FORMAT_PATTERN = /^samson-response@(\d+)$/;
const CURRENT_VERSION = 1;

/** 1 "helt uenig" … 5 "helt enig", or "not-relevant" ("vet ikke / ikke relevant"). */
export const ratingSchema = z.union([z.int().check(z.gte(1), z.lte(5)), z.literal('not-relevant')]);

export const answerSchema = lazyObject(() => ({
  /** Absent while the statement is unanswered. */
  rating: z.optional(ratingSchema),
  /** The group's idea for action (tiltak) under this statement. */
  idea: z.optional(z.string().check(z.maxLength(RESPONSE_TEXT_LIMITS.idea))),
}));

export const responseSchema = lazyObject(() => ({
  format: z.literal(RESPONSE_FORMAT),
  instrument: z.object({ id: idSchema, version: z.string().check(z.minLength(1), z.maxLength(40)) }),
  /** What tells this round or party apart: "Runde 1", "Frivilligsentralen", … */
  label: z.string().check(z.maxLength(RESPONSE_TEXT_LIMITS.label)),
  /** Set when one party answered on its own ("kommunen", "frivilligheten", a participant); absent for a joint answer. */
  party: z.optional(z.string().check(z.maxLength(RESPONSE_TEXT_LIMITS.label))),
  /** Who took part (names or roles, free text), printed on the report's first page. */
  participants: z.optional(z.string().check(z.maxLength(RESPONSE_TEXT_LIMITS.participants))),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set when the group marks the scorecard complete. */
  completedAt: z.optional(z.iso.datetime()),
  /**
   * SAMSON 1.0's weighting: importance of each value, 1 "not important" … 5 "very important",
   * keyed by value id. Still read (weighting.ts) so older responses mean what they meant.
   */
  weights: z.record(idSchema, z.int().check(z.gte(1), z.lte(5))),
  /**
   * SAMSON 1.1's weighting: the points the group shared out between the values (at most
   * POINTS_BUDGET in all), keyed by value id. When present it wins over `weights`.
   */
  points: z.optional(pointsSchema),
  /** Keyed by statement id. */
  answers: z.record(idSchema, answerSchema),
  /** «Om samarbeidet»: the optional answers that place the work between thin and thick (placement.ts). */
  collaboration: z.optional(collaborationAnswersSchema),
  /** The instrument version this response was first given to, when it was moved to a newer one. */
  migratedFrom: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  /**
   * Answers to statements that changed meaning or were removed in a newer version, keyed by
   * the old statement id, with the ids of the statements that replaced them (migration.ts).
   */
  earlierAnswers: z.optional(
    z.record(
      idSchema,
      z.object({
        rating: z.optional(ratingSchema),
        idea: z.optional(z.string().check(z.maxLength(RESPONSE_TEXT_LIMITS.idea))),
        version: z.string().check(z.minLength(1), z.maxLength(40)),
        replacedBy: z.array(idSchema),
      }),
    ),
  ),
}));

export type Rating = z.infer<typeof ratingSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Response = z.infer<typeof responseSchema>;

/** A fresh, empty response to an instrument. */
export function createResponse(instrument: Instrument, label = '', now = new Date()): Response {
  const stamp = now.toISOString();
  return {
    format: RESPONSE_FORMAT,
    instrument: { id: instrument.id, version: instrument.version },
    label,
    createdAt: stamp,
    updatedAt: stamp,
    weights: {},
    answers: {},
  };
}

/**
 * Validates a response, from an object or from JSON text. Unknown properties are dropped.
 * A response written by a newer format version is refused with a message saying so; there
 * is no older version yet, so anything else that is not `samson-response@1` is refused as
 * a file of another kind. Given the instrument, a response to an older version of it is
 * moved to the instrument's version (migration.ts): see `migratedFrom` and `earlierAnswers`.
 */
export function parseResponse(input: unknown, instrument?: Instrument): Result<Response> {
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) return json;
    input = json.value;
  }
  const format = (input as { format?: unknown } | null)?.format;
  if (typeof input === 'object' && input !== null && format !== RESPONSE_FORMAT) {
    const version = typeof format === 'string' ? FORMAT_PATTERN.exec(format)?.[1] : undefined;
    const found = typeof format === 'string' ? format : String(format ?? '—');
    return fail({
      code: version && Number(version) > CURRENT_VERSION ? 'newer-format' : 'unknown-format',
      path: ['format'],
      found,
      expected: RESPONSE_FORMAT,
    });
  }
  const parsed = responseSchema.safeParse(input, REPORT_INPUT);
  if (!parsed.success) return fail(...problemsFromZod(parsed.error.issues));
  if (instrument && parsed.data.instrument.id !== instrument.id) {
    return fail({
      code: 'other-instrument',
      path: ['instrument', 'id'],
      found: parsed.data.instrument.id,
      expected: instrument.id,
    });
  }
  return ok(instrument ? migrateResponse(parsed.data, instrument) : parsed.data);
}

/** The response with one statement's answer changed; never mutates the original. */
export function withAnswer(response: Response, statementId: string, change: Answer, now = new Date()): Response {
  const previous = own(response.answers, statementId) ?? {};
  const next: Answer = { ...previous, ...change };
  if (next.rating === undefined) delete next.rating;
  if (!next.idea) delete next.idea;
  const answers = { ...response.answers };
  if (next.rating === undefined && next.idea === undefined) delete answers[statementId];
  else answers[statementId] = next;
  return { ...response, answers, updatedAt: now.toISOString() };
}

/** The response with one value's weight set (or cleared with `undefined`). */
export function withWeight(response: Response, valueId: string, weight: number | undefined, now = new Date()): Response {
  const weights = { ...response.weights };
  if (weight === undefined) delete weights[valueId];
  else weights[valueId] = weight;
  return { ...response, weights, updatedAt: now.toISOString() };
}

/**
 * The response with one value's shared points set (or cleared with `undefined`). The points
 * are clamped so the total never exceeds the budget: a control can pass what the user asked
 * for and show what was stored.
 */
export function withPoints(
  instrument: Instrument,
  response: Response,
  valueId: string,
  points: number | undefined,
  now = new Date(),
): Response {
  const next = { ...(response.points ?? {}) };
  if (points === undefined) delete next[valueId];
  else next[valueId] = clampPoints(instrument, response, valueId, points);
  return { ...response, points: next, updatedAt: now.toISOString() };
}

/**
 * The response with one «Om samarbeidet» answer set (or cleared with `undefined`). An empty
 * list of resident roles is an answer ("none yet"), not a cleared one.
 */
export function withCollaborationAnswer<K extends keyof CollaborationAnswers>(
  response: Response,
  question: K,
  answer: CollaborationAnswers[K] | undefined,
  now = new Date(),
): Response {
  const collaboration: CollaborationAnswers = { ...(response.collaboration ?? {}) };
  if (answer === undefined || answer === '') delete collaboration[question];
  else collaboration[question] = answer;
  const next: Response = { ...response, collaboration, updatedAt: now.toISOString() };
  if (!Object.keys(collaboration).length) delete next.collaboration;
  return next;
}
