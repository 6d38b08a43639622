import type { Instrument } from '../../core/samson/instrument.js';
import { type BuiltInLocale, type Locale, fallbackLocale, isBuiltInLocale } from '../../i18n/locale.js';
import { registeredLanguage } from '../../i18n/registry.js';
import { ContentError, loadRegistered } from '../registered-content.js';
import { assembleWords, instrumentFromWords } from './structure.js';
import nb from './nb.json';

/** The words of a built-in language (a JSON file), validated when it loads: a broken file is a bug, and fails loudly. */
function builtIn(words: unknown, locale: BuiltInLocale): Instrument {
  const result = instrumentFromWords(words);
  if (!result.ok) throw new ContentError(`SAMSON ${locale}`, result.problems);
  return result.value;
}

/**
 * The built-in SAMSON in bokmål, the source language: always available without loading. Not
 * run through the schema here (it is on the first render's path; a unit test checks it).
 */
export const samsonNb: Instrument = assembleWords(nb);

const loaders: Record<Exclude<BuiltInLocale, 'nb'>, () => Promise<{ default: unknown }>> = {
  da: () => import('./da.json'),
  en: () => import('./en.json'),
  nn: () => import('./nn.json'),
};

const loaded = new Map<Locale, Instrument>([['nb', samsonNb]]);

/** Forgets a registered language's instrument (it was registered again). */
export function forgetInstrument(locale: Locale): void {
  if (!isBuiltInLocale(locale)) loaded.delete(locale);
}

/** The built-in SAMSON in a language, if it has been loaded already. */
export function builtInInstrument(locale: Locale): Instrument | undefined {
  return loaded.get(locale);
}

/**
 * Loads SAMSON in a language: a built-in one (split out of the entry), or the one registered
 * with the language (`registerLanguage`), or, for a registered language without one, its
 * fallback's. Rejects with a {@link ContentError} listing the problems of invalid content.
 */
export async function loadBuiltInInstrument(locale: Locale): Promise<Instrument> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  let instrument: Instrument;
  if (isBuiltInLocale(locale)) {
    instrument = builtIn((await loaders[locale as Exclude<BuiltInLocale, 'nb'>]()).default, locale);
  } else if (registeredLanguage(locale)?.samson !== undefined) {
    instrument = await loadRegistered(registeredLanguage(locale)!.samson, `SAMSON ${locale}`, instrumentFromWords);
  } else {
    instrument = await loadBuiltInInstrument(fallbackLocale(locale));
  }
  loaded.set(locale, instrument);
  return instrument;
}
