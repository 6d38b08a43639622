/**
 * Where a problem is, in the terms of the document a user knows: «statement 1 in
 * “Likeverdighet”», «the indicator “Antall deltakere”, measurement 3», not
 * `answers.likeverdighet-1.rating`. Pure data: the words are made in src/i18n/problems.ts.
 */
import type { ProblemPath } from './problems.js';

/** One step from the document's top towards the problem, outermost first. */
export type Place =
  /** A SAMSON field (fields[2]): its name where the document gives one. */
  | { kind: 'field'; number: number; name?: string }
  /** A statement: its number within its field and the field's name, or only its id when no instrument knows it. */
  | { kind: 'statement'; number?: number; field?: string; id: string }
  /** A SAMSON value (values[1], or weights/points keyed by its id). */
  | { kind: 'value'; number?: number; name?: string; id?: string }
  /** A SoImpact indicator, by the name the plan gives it. */
  | { kind: 'indicator'; number: number; name?: string }
  /** An entry of a list: `of` is the list's key (measurements, evaluations, rounds, responses, …), counted from 1. */
  | { kind: 'entry'; of: string; number: number }
  /** A property: its key, which the words know for the documents' own properties. */
  | { kind: 'part'; key: string };

/** The names a document gives its parts, as far as the location needs them. */
interface Named {
  id?: unknown;
  name?: unknown;
  statements?: unknown;
}

export interface LocateContext {
  /** The document the path points into, as it was given (valid or not): names are read from it where it has them. */
  document?: unknown;
  /** The instrument whose statement and value ids a response's `answers`, `weights` and `points` name. */
  instrument?: {
    fields: ReadonlyArray<{ name: string; statements: ReadonlyArray<{ id: string }> }>;
    values: ReadonlyArray<{ id: string; name: string }>;
  };
}

const at = (list: unknown, index: number): Named | undefined => {
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  return typeof item === 'object' && item !== null ? (item as Named) : undefined;
};
const child = (node: unknown, key: string | number): unknown =>
  typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function statementById(context: LocateContext, id: string): Place {
  for (const field of context.instrument?.fields ?? []) {
    const index = field.statements.findIndex((statement) => statement.id === id);
    if (index >= 0) return { kind: 'statement', number: index + 1, field: field.name, id };
  }
  return { kind: 'statement', id };
}

function valueById(context: LocateContext, id: string): Place {
  const index = context.instrument?.values.findIndex((value) => value.id === id) ?? -1;
  return index >= 0
    ? { kind: 'value', number: index + 1, name: context.instrument!.values[index]!.name, id }
    : { kind: 'value', id };
}

/** Keyed by a statement's id: a response's answers, and the answers kept from an earlier version. */
const BY_STATEMENT = new Set(['answers', 'earlierAnswers']);
/** Keyed by a value's id: SAMSON 1.0's weights and 1.1's points. */
const BY_VALUE = new Set(['weights', 'points']);

/**
 * The places a problem's path passes through, outermost first. Every path has one: a part
 * no rule knows is kept as a `part` (its key) or an `entry` (a list's index), never dropped.
 */
export function locate(path: ProblemPath, context: LocateContext = {}): Place[] {
  const places: Place[] = [];
  let node: unknown = context.document;
  let field: Named | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'number') {
      // An index with no list key before it: a top-level list (a measurements CSV, the profile's responses).
      places.push({ kind: 'entry', of: '', number: key + 1 });
      node = child(node, key);
      continue;
    }
    if (next === undefined) {
      places.push({ kind: 'part', key });
      break;
    }
    const list = child(node, key);
    if (typeof next === 'number') {
      const item = at(list, next);
      if (key === 'fields') {
        field = item;
        places.push({ kind: 'field', number: next + 1, name: text(item?.name) });
      } else if (key === 'statements') {
        const id = text(item?.id) ?? '';
        const fieldName = text(field?.name);
        // «Utsagn 2 i «Kommunikasjon»» says the field already.
        if (fieldName && places[places.length - 1]?.kind === 'field') places.pop();
        places.push({ kind: 'statement', number: next + 1, field: fieldName, id });
      } else if (key === 'values' && path.length > i + 2) {
        places.push({ kind: 'value', number: next + 1, name: text(item?.name) });
      } else if (key === 'indicators') {
        places.push({ kind: 'indicator', number: next + 1, name: text(item?.name) });
      } else {
        places.push({ kind: 'entry', of: key, number: next + 1 });
      }
      node = item;
      i++;
      continue;
    }
    if (BY_STATEMENT.has(key)) {
      places.push(statementById(context, next));
      node = child(list, next);
      i++;
      continue;
    }
    if (BY_VALUE.has(key)) {
      places.push(valueById(context, next));
      node = child(list, next);
      i++;
      continue;
    }
    places.push({ kind: 'part', key });
    node = list;
  }
  return places;
}
