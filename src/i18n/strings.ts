/**
 * UI strings for a registered language, in the form a translator already knows from
 * `xliff/translations/*.json`: the bokmål source text, with `{0}`, `{1}` … where the message
 * has values, mapped to the translation. A lit-localize template map (message id → text or
 * `str` template, as in a module lit-localize generates) works too.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { fail, ok, type Problem, type Result } from '../core/problems.js';
import type { TemplateMap } from './registry.js';

const PLACEHOLDER = /\{(\d+)\}/g;
/** lit-localize's generated ids: `s` (or `h` for html templates) and 16 hex digits. */
const GENERATED_ID = /^[sh][0-9a-f]{16}$/;

function strTemplate(text: string): TemplateMap[string] {
  const values = [...text.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
  if (values.length === 0) return text;
  return { strTag: true, strings: text.split(/\{\d+\}/), values };
}

const isStrTemplate = (value: unknown): value is Exclude<TemplateMap[string], string> =>
  typeof value === 'object' &&
  value !== null &&
  (value as { strTag?: unknown }).strTag === true &&
  Array.isArray((value as { strings?: unknown }).strings) &&
  Array.isArray((value as { values?: unknown }).values);

/** Validates the strings and keys them the way `msg()` looks them up. */
export function templatesFromStrings(input: unknown): Result<TemplateMap> {
  if (input === undefined) return ok({});
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail({ code: 'wrong-type', path: ['strings'], expected: 'object' });
  }
  const templates: TemplateMap = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(input)) {
    const path = ['strings', key];
    if (isStrTemplate(value)) {
      templates[key] = value;
      continue;
    }
    if (typeof value !== 'string' || value === '') {
      problems.push(
        value === '' ? { code: 'too-small', path, minimum: 1, of: 'text' } : { code: 'wrong-type', path, expected: 'string' },
      );
      continue;
    }
    const template = strTemplate(value);
    if (GENERATED_ID.test(key)) {
      templates[key] = template;
      continue;
    }
    const given = new Set([...key.matchAll(PLACEHOLDER)].map((match) => match[1]!));
    const unknown = [...value.matchAll(PLACEHOLDER)].find((match) => !given.has(match[1]!));
    if (unknown) {
      problems.push({ code: 'unknown-reference', path, id: unknown[0] });
      continue;
    }
    // A key with placeholders is a `str` template's source; without, it may be a plain
    // message's source or an explicit id (`msg('…', { id })`): keep it under both.
    templates[generateMsgId(key.split(/\{\d+\}/), false)] = template;
    templates[key] = template;
  }
  return problems.length ? fail(...problems) : ok(templates);
}
