import type { Instrument } from '../../core/samson/instrument.js';
import type { Locale } from '../../i18n/locale.js';
import nb from './nb.js';

/** The built-in SAMSON in bokmål, the source language: always available without loading. */
export const samsonNb: Instrument = nb;

const loaders: Record<Exclude<Locale, 'nb'>, () => Promise<{ default: Instrument }>> = {
  da: () => import('./da.js'),
  en: () => import('./en.js'),
  nn: () => import('./nn.js'),
};

const loaded = new Map<Locale, Instrument>([['nb', nb]]);

/** The built-in SAMSON in a language, if it has been loaded already. */
export function builtInInstrument(locale: Locale): Instrument | undefined {
  return loaded.get(locale);
}

/** Loads the built-in SAMSON in a language (the other languages are split out of the entry). */
export async function loadBuiltInInstrument(locale: Locale): Promise<Instrument> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  const instrument = (await loaders[locale as Exclude<Locale, 'nb'>]()).default;
  loaded.set(locale, instrument);
  return instrument;
}
