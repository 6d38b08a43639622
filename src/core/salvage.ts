/**
 * Partial parsing with the same zod schema that validates a whole document: what a draft
 * restore uses so that one bad part (a 600-character title, one broken answer) never
 * discards everything else the user typed. And the limits a form field reads from a schema,
 * so `maxlength` never disagrees with what a save accepts.
 */
import type { z } from './zod.js';
import { problemsFromZod, REPORT_INPUT, type Problem, type ProblemPath, type Result } from './problems.js';

type AnySchema = z.ZodMiniType;

interface SchemaDef {
  type: string;
  shape?: Record<string, AnySchema>;
  valueType?: AnySchema;
  innerType?: AnySchema;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>;
}

function defOf(schema: AnySchema): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What {@link salvage} gives back: the kept value and every problem that cost a part. */
export type Salvaged<T> = { ok: true; value: T; dropped: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Keeps every valid part of `input` for an object schema: each property that passes its
 * own schema is kept; a record (answers by id, weights by id) keeps each valid entry on its
 * own; anything else invalid falls back to `fallback`'s value for that property (absent for
 * an optional one). The assembled value is then checked against the whole schema, so
 * cross-field rules still hold; if it still fails, nothing is salvaged.
 *
 * Never throws, also not on a hostile `Proxy`: a property that throws on read counts as
 * dropped.
 */
export function salvage<S extends AnySchema>(schema: S, input: unknown, fallback: z.infer<S>): Salvaged<z.infer<S>> {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) return whole(schema, input);
  if (!isPlainObject(input)) return whole(schema, input);
  const dropped: Problem[] = [];
  const out: Record<string, unknown> = {};
  const base = fallback as Record<string, unknown>;
  for (const [key, part] of Object.entries(def.shape)) {
    let value: unknown;
    try {
      value = input[key];
    } catch {
      dropped.push({ code: 'invalid', path: [key] });
      if (Object.hasOwn(base, key)) out[key] = base[key];
      continue;
    }
    const kept = salvagePart(part, value, [key], dropped);
    if (kept.keep) out[key] = kept.value;
    else if (Object.hasOwn(base, key) && base[key] !== undefined) out[key] = base[key];
  }
  const checked = schema.safeParse(out, REPORT_INPUT);
  if (!checked.success) return { ok: false, problems: [...dropped, ...problemsFromZod(checked.error.issues)] };
  return { ok: true, value: checked.data as z.infer<S>, dropped };
}

function salvagePart(
  schema: AnySchema,
  value: unknown,
  path: ProblemPath,
  dropped: Problem[],
): { keep: boolean; value?: unknown } {
  const parsed = schema.safeParse(value, REPORT_INPUT);
  if (parsed.success) return { keep: true, value: parsed.data };
  let def = defOf(schema);
  if (def.type === 'optional' && def.innerType) def = defOf(def.innerType);
  if (def.type === 'record' && def.valueType && isPlainObject(value)) {
    const entries: Record<string, unknown> = {};
    for (const id of Object.keys(value)) {
      let entry: unknown;
      try {
        entry = value[id];
      } catch {
        dropped.push({ code: 'invalid', path: [...path, id] });
        continue;
      }
      const one = schema.safeParse({ [id]: entry }, REPORT_INPUT);
      // defineProperty, not assignment: an id like `__proto__` must stay a plain entry.
      if (one.success)
        Object.defineProperty(entries, id, {
          value: (one.data as Record<string, unknown>)[id],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else dropped.push(...problemsFromZod(one.error.issues, path));
    }
    const again = schema.safeParse(entries);
    if (again.success) return { keep: true, value: again.data };
  }
  dropped.push(...problemsFromZod(parsed.error.issues, path));
  return { keep: false };
}

function whole<S extends AnySchema>(schema: S, input: unknown): Salvaged<z.infer<S>> {
  const parsed = schema.safeParse(input, REPORT_INPUT);
  return parsed.success
    ? { ok: true, value: parsed.data as z.infer<S>, dropped: [] }
    : { ok: false, problems: problemsFromZod(parsed.error.issues) };
}

/** The `maxLength` a text schema allows (through `optional`), for a field's `maxlength`. */
export function maxLengthOf(schema: AnySchema): number | undefined {
  let def = defOf(schema);
  if (def.type === 'optional' && def.innerType) def = defOf(def.innerType);
  let max: number | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'max_length' && typeof c.maximum === 'number') max = max === undefined ? c.maximum : Math.min(max, c.maximum);
  }
  return max;
}

/**
 * Runs a parser on data a page handed over, which may be a hostile `Proxy` or carry a
 * getter that throws: the throw becomes an `invalid` problem, so a setter never throws.
 */
export function parseSafely<T>(parse: (input: unknown) => Result<T>, input: unknown): Result<T> {
  try {
    return parse(input);
  } catch {
    return { ok: false, problems: [{ code: 'invalid', path: [] }] };
  }
}
