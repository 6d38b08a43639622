/**
 * Languages as data: a municipality adds one to its copy of the library at runtime, without
 * a fork or a build (docs/adding-a-language.md).
 */
import { fail, ok, type Problem, type Result } from '../core/problems.js';
import { isBuiltInLocale, languageRegistered, LOCALES, type BuiltInLocale } from '../i18n/locale.js';
import { putLanguage, registeredLanguages, type TemplateMap } from '../i18n/registry.js';
import { templatesFromStrings } from '../i18n/strings.js';
import { forgetInstrument } from './samson/index.js';
import { instrumentFromWords } from './samson/structure.js';
import { forgetSteps } from './soimpact/steps.js';
import { parseStepContent } from '../core/soimpact/steps.js';

/** Content given as the document, or as a function that loads it the first time the language is used. */
export type LanguageContent = unknown;

export interface LanguageDefinition {
  /** BCP 47 tag, e.g. `sv`; `<html lang="sv-SE">` then selects it. Not one of the built-in locales. */
  code: string;
  /** The language's name for itself: «Svenska». */
  name: string;
  /**
   * UI strings: the bokmål source text (with `{0}`, `{1}` … for values, as in
   * `xliff/translations/*.json`) or a lit-localize message id, mapped to the translation.
   * A string not given is shown in the {@link fallback} language.
   */
  strings?: Record<string, string | TemplateMap[string]>;
  /**
   * The SAMSON instrument: a whole `samson-instrument@1` document, or only its words keyed
   * by the built-in ids (the form of `src/content/samson/nb.json`). Without it the
   * fallback language's instrument is used.
   */
  samson?: LanguageContent;
  /** The SoImpact planner's ten steps: a `soimpact-steps@1` document (the form of `src/content/soimpact/steps.nb.json`). */
  soimpact?: LanguageContent;
  /**
   * The built-in language for what this one does not give (default `nb`, the source
   * language: it is always loaded, and closest to the Nordic languages a municipality adds).
   */
  fallback?: BuiltInLocale;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/**
 * Registers a language (or replaces one registered before) and switches to it if the page is
 * in it (`<html lang>`) or the app chose it (`setLocale`). Never throws: it gives the problems
 * of what it refused. Content given as a document is checked now (the problems are
 * returned), content given as a loader when it loads; either way, an element that needs invalid
 * content shows its problems, dispatches its `*-error` event and uses the fallback's content.
 */
export function registerLanguage(definition: LanguageDefinition): Result<void> {
  const problems: Problem[] = [];
  const code = typeof definition?.code === 'string' ? definition.code.trim().toLowerCase().replace(/_/g, '-') : '';
  if (!LANGUAGE_TAG.test(code)) problems.push({ code: 'bad-format', path: ['code'], format: 'BCP 47' });
  else if (isBuiltInLocale(code)) problems.push({ code: 'duplicate-id', path: ['code'], id: code });
  if (typeof definition?.name !== 'string' || definition.name.trim() === '') problems.push({ code: 'missing', path: ['name'] });
  const fallback = definition?.fallback ?? 'nb';
  if (!isBuiltInLocale(fallback)) problems.push({ code: 'not-one-of', path: ['fallback'], allowed: LOCALES });
  const strings = templatesFromStrings(definition?.strings);
  if (!strings.ok) problems.push(...strings.problems);
  if (problems.length) return fail(...problems);

  // Invalid content is kept: the element that needs it shows its problems and dispatches its
  // `*-error`, so the page says what is wrong too, not only the console of whoever registered it.
  const check = (content: unknown, parse: (input: unknown) => Result<unknown>, at: string): void => {
    if (content === undefined || typeof content === 'function') return;
    const parsed = parse(content);
    if (!parsed.ok) problems.push(...parsed.problems.map((problem) => ({ ...problem, path: [at, ...problem.path] })));
  };
  check(definition.samson, instrumentFromWords, 'samson');
  check(definition.soimpact, parseStepContent, 'soimpact');

  forgetInstrument(code);
  forgetSteps(code);
  putLanguage({
    code,
    name: definition.name.trim(),
    fallback,
    templates: strings.ok ? strings.value : {},
    samson: definition.samson,
    soimpact: definition.soimpact,
  });
  void languageRegistered(code);
  return problems.length ? fail(...problems) : ok(undefined);
}

/** Every language the library can show: the built-in ones and those registered, with their names. */
export function languages(): Array<{ code: string; name: string; builtIn: boolean }> {
  const names: Record<BuiltInLocale, string> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', da: 'Dansk', en: 'English' };
  return [
    ...LOCALES.map((code) => ({ code, name: names[code], builtIn: true })),
    ...registeredLanguages().map(({ code, name }) => ({ code, name, builtIn: false })),
  ];
}
