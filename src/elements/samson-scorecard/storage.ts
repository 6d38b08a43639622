/**
 * The scorecard's draft in `localStorage`. Every access can throw — storage disabled by
 * policy, private browsing, a full quota — so every function catches and reports instead,
 * and the element keeps working in memory.
 */
import type { Instrument } from '../../core/samson/instrument.js';
import { parseResponse, type Response } from '../../core/samson/response.js';
import type { Problem } from '../../core/problems.js';

export type DraftRead =
  | { status: 'empty' }
  | { status: 'ok'; response: Response }
  | { status: 'unavailable' }
  | { status: 'corrupt'; problems: Problem[] };

function storage(): Storage {
  // Reading the property itself throws where storage is blocked.
  return globalThis.localStorage;
}

export function readDraft(key: string, instrument: Instrument): DraftRead {
  let text: string | null;
  try {
    text = storage().getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  const parsed = parseResponse(text, instrument);
  return parsed.ok ? { status: 'ok', response: parsed.value } : { status: 'corrupt', problems: parsed.problems };
}

/** Whether the draft was written. */
export function writeDraft(key: string, response: Response): boolean {
  try {
    storage().setItem(key, JSON.stringify(response));
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
