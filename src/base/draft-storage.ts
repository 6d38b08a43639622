/**
 * An element's draft in `localStorage`. Every access can throw — storage disabled by
 * policy, private browsing, a full quota — so every function catches and reports instead,
 * and the element keeps working in memory.
 */
import type { Problem, Result } from '../core/problems.js';

export type DraftRead<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  | { status: 'unavailable' }
  | { status: 'corrupt'; problems: Problem[] };

function storage(): Storage {
  // Reading the property itself throws where storage is blocked.
  return globalThis.localStorage;
}

/** Reads and validates a draft with the parser of its kind (`parseResponse`, `parsePlan`). */
export function readDraft<T>(key: string, parse: (text: string) => Result<T>): DraftRead<T> {
  let text: string | null;
  try {
    text = storage().getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  const parsed = parse(text);
  return parsed.ok ? { status: 'ok', value: parsed.value } : { status: 'corrupt', problems: parsed.problems };
}

/** Whether the draft was written. */
export function writeDraft(key: string, value: unknown): boolean {
  try {
    storage().setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Whether the draft is gone (or storage holds nothing to delete). */
export function deleteDraft(key: string): boolean {
  try {
    storage().removeItem(key);
    return true;
  } catch {
    return false;
  }
}
