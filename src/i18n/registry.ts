/**
 * The languages an app registered at runtime (`registerLanguage`, src/content/languages.ts).
 * A module of its own, with no imports, so the locale module and the content loaders can both
 * read it without importing each other.
 */

/** A lit-localize template map: message id → text, or a `str` template's parts. */
export type TemplateMap = Record<string, string | { strTag: true; strings: readonly string[]; values: readonly number[] }>;

/** Content given as the document itself or as a function that loads it when first needed. */
export type ContentSource = unknown;

export interface RegisteredLanguage {
  /** Lower-case BCP 47 tag, e.g. `sv` or `se-no`. */
  code: string;
  /** The language's own name for itself, e.g. «Svenska». */
  name: string;
  /** The built-in locale for the UI strings and content this language does not give. */
  fallback: 'nb' | 'nn' | 'da' | 'en';
  templates: TemplateMap;
  samson?: ContentSource;
  soimpact?: ContentSource;
}

const languages = new Map<string, RegisteredLanguage>();

export function registeredLanguage(code: string): RegisteredLanguage | undefined {
  return languages.get(code.toLowerCase());
}

/** `sv-SE` finds `sv-se` first, then `sv`. */
export function registeredLanguageForTag(tag: string): RegisteredLanguage | undefined {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  for (let length = parts.length; length > 0; length--) {
    const found = languages.get(parts.slice(0, length).join('-'));
    if (found) return found;
  }
  return undefined;
}

export function putLanguage(language: RegisteredLanguage): void {
  languages.set(language.code, language);
}

/** Every registered language, in the order they were registered. */
export function registeredLanguages(): RegisteredLanguage[] {
  return [...languages.values()];
}
