import * as z from '../zod.js';
import { fail, ok, parseJson, problemsFromZod, type Result } from '../problems.js';
import { idSchema, type Instrument } from './instrument.js';

export const RESPONSE_FORMAT = 'samson-response@1';
const FORMAT_PATTERN = /^samson-response@(\d+)$/;
const CURRENT_VERSION = 1;

/** 1 "helt uenig" … 5 "helt enig", or "not-relevant" ("vet ikke / ikke relevant"). */
export const ratingSchema = z.union([z.int().check(z.gte(1), z.lte(5)), z.literal('not-relevant')]);

export const answerSchema = z.object({
  /** Absent while the statement is unanswered. */
  rating: z.optional(ratingSchema),
  /** The group's idea for action (tiltak) under this statement. */
  idea: z.optional(z.string().check(z.maxLength(4000))),
});

export const responseSchema = z.object({
  format: z.literal(RESPONSE_FORMAT),
  instrument: z.object({ id: idSchema, version: z.string().check(z.minLength(1), z.maxLength(40)) }),
  /** What tells this round or party apart: "Time 1", "Frivilligsentralen", … */
  label: z.string().check(z.maxLength(200)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set when the group marks the scorecard complete. */
  completedAt: z.optional(z.iso.datetime()),
  /** Importance of each value, 1 "not important" … 5 "very important", keyed by value id. */
  weights: z.record(idSchema, z.int().check(z.gte(1), z.lte(5))),
  /** Keyed by statement id. */
  answers: z.record(idSchema, answerSchema),
});

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
 * a file of another kind.
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
  const parsed = responseSchema.safeParse(input);
  if (!parsed.success) return fail(...problemsFromZod(parsed.error.issues));
  if (instrument && parsed.data.instrument.id !== instrument.id) {
    return fail({
      code: 'other-instrument',
      path: ['instrument', 'id'],
      found: parsed.data.instrument.id,
      expected: instrument.id,
    });
  }
  return ok(parsed.data);
}

/** The response with one statement's answer changed; never mutates the original. */
export function withAnswer(response: Response, statementId: string, change: Answer, now = new Date()): Response {
  const previous = response.answers[statementId] ?? {};
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
