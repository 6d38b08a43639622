import * as z from '../zod.js';
import { fail, ok, problemsFromZod, REPORT_INPUT, type Problem, type Result } from '../problems.js';
import { collaborationContentSchema } from './placement.js';
import { lazyObject, once } from '../lazy-schema.js';

export const INSTRUMENT_FORMAT = 'samson-instrument@1';

/** Ids are stable across languages and appear in saved responses, so keep them URL-safe. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

const textSchema = once(() => z.string().check(z.minLength(1), z.maxLength(2000)));

/** "000:1386-1391" — seed document number and line range; several joined by "; ". */
export const sourceSchema = z.string().check(z.regex(/^\d{3}:\d+(-\d+)?(; \d{3}:\d+(-\d+)?)*$/));

export const valueSchema = lazyObject(() => ({
  id: idSchema,
  name: textSchema(),
  description: textSchema(),
  /** The weighting question the group answers on the five-point importance scale. */
  question: textSchema(),
}));

export const statementSchema = lazyObject(() => ({
  id: idSchema,
  /** A statement the group agrees or disagrees with, in plain language. */
  text: textSchema(),
  /** The one or two values this statement expresses (ids from `values`). */
  values: z.array(idSchema).check(z.minLength(1), z.maxLength(2)),
  /** Where in the source documents the statement rests; local statements may omit it. */
  source: z.optional(sourceSchema),
}));

export const fieldSchema = lazyObject(() => ({
  id: idSchema,
  name: textSchema(),
  description: textSchema(),
  /** A question to open the conversation about this field, from the handbook's advice. */
  prompt: z.optional(textSchema()),
  statements: z.array(statementSchema).check(z.minLength(1), z.maxLength(12)),
}));

export const guidanceSchema = lazyObject(() => ({
  /** Paragraphs on the introduction step. */
  intro: z.array(textSchema()).check(z.minLength(1)),
  weighting: textSchema(),
  /** 1.1: how to share out the points between the values (weighting.ts). */
  points: z.optional(textSchema()),
  disagreement: textSchema(),
  idea: textSchema(),
  results: textSchema(),
  compare: textSchema(),
  report: textSchema(),
  repeat: textSchema(),
  /** 1.1: the note shown on a response opened from an earlier version whose statements changed. */
  migrated: z.optional(textSchema()),
}));

export const instrumentSchema = lazyObject(() => ({
  format: z.literal(INSTRUMENT_FORMAT),
  id: idSchema,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The language this copy is written in: nb, nn, da or en (or another BCP 47 tag for local copies). */
  locale: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  title: textSchema(),
  values: z.array(valueSchema).check(z.minLength(1), z.maxLength(8)),
  fields: z.array(fieldSchema).check(z.minLength(1), z.maxLength(12)),
  guidance: guidanceSchema,
  /** 1.1: the optional part «Om samarbeidet» that places the work between thin and thick (placement.ts). */
  collaboration: z.optional(collaborationContentSchema),
}));

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentValue = z.infer<typeof valueSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Statement = z.infer<typeof statementSchema>;

/**
 * Validates an instrument: its shape, then what a schema cannot say — ids unique, and
 * every value a statement names defined. Unknown properties are dropped, so an instrument
 * written for a later version with extra fields still opens.
 */
export function parseInstrument(input: unknown): Result<Instrument> {
  const parsed = instrumentSchema.safeParse(input, REPORT_INPUT);
  if (!parsed.success) return fail(...problemsFromZod(parsed.error.issues));
  const instrument = parsed.data;
  const problems: Problem[] = [];
  const valueIds = new Set<string>();
  instrument.values.forEach((value, i) => {
    if (valueIds.has(value.id)) problems.push({ code: 'duplicate-id', path: ['values', i, 'id'], id: value.id });
    valueIds.add(value.id);
  });
  const seen = new Set<string>();
  instrument.fields.forEach((field, f) => {
    if (seen.has(field.id)) problems.push({ code: 'duplicate-id', path: ['fields', f, 'id'], id: field.id });
    seen.add(field.id);
    field.statements.forEach((statement, s) => {
      const path = ['fields', f, 'statements', s];
      if (seen.has(statement.id)) problems.push({ code: 'duplicate-id', path: [...path, 'id'], id: statement.id });
      seen.add(statement.id);
      statement.values.forEach((valueId, v) => {
        if (!valueIds.has(valueId)) problems.push({ code: 'unknown-reference', path: [...path, 'values', v], id: valueId });
      });
    });
  });
  return problems.length ? fail(...problems) : ok(instrument);
}

/** Every statement of an instrument in order, with the field it belongs to. */
export function statementsOf(instrument: Instrument): Array<{ field: Field; statement: Statement }> {
  return instrument.fields.flatMap((field) => field.statements.map((statement) => ({ field, statement })));
}
