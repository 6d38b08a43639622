/**
 * Reading a saved draft of a response: like `parseResponse`, but one broken part (an idea
 * longer than the schema allows, a rating of 7) costs only that part. The limits a form
 * field needs are the ones the schema checks (text-limits.ts).
 */
import { parseJson, type Problem } from '../problems.js';
import { salvage, type Salvaged } from '../salvage.js';
import type { Instrument } from './instrument.js';
import { createResponse, parseResponse, responseSchema, type Response } from './response.js';

/** `maxlength` of the texts a group types: the numbers the response schema checks. */
export { RESPONSE_TEXT_LIMITS } from './text-limits.js';

/**
 * A stored draft, keeping every valid part. A draft of a newer or another format, or of
 * another instrument, is refused whole (with `newer-format`, `unknown-format` or
 * `other-instrument`), never mixed into this one.
 */
export function parseResponseDraft(text: string, instrument: Instrument): Salvaged<Response> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const whole = parseResponse(json.value, instrument);
  if (whole.ok) return { ok: true, value: whole.value, dropped: [] };
  if (whole.problems.some((p) => p.code === 'newer-format' || p.code === 'unknown-format' || p.code === 'other-instrument')) {
    return whole;
  }
  const fallback = createResponse(instrument);
  const kept = salvage(responseSchema, json.value, fallback);
  if (!kept.ok) return kept;
  const other: Problem | undefined =
    kept.value.instrument.id !== instrument.id
      ? { code: 'other-instrument', path: ['instrument', 'id'], found: kept.value.instrument.id, expected: instrument.id }
      : undefined;
  if (other) return { ok: false, problems: [other] };
  // Nothing the group typed survived: that is an unreadable draft, not a restored one.
  const anything = kept.value.label || Object.keys(kept.value.answers).length || Object.keys(kept.value.weights).length;
  if (!anything) return { ok: false, problems: whole.problems };
  return kept;
}
