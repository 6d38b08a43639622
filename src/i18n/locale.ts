/**
 * The library's language. It follows `<html lang>` (nb/no → nb, nn → nn, da → da, en* → en,
 * anything else → nb) and keeps following it, until an app calls `setLocale` itself.
 * Configured once per copy of the library; two copies on one page each keep their own.
 * The npm build ships its own private copy of the @lit/localize runtime (rollup.config.mjs),
 * so an app that configures @lit/localize for its own elements keeps working beside this
 * one, whichever is imported first (lit/lit#1661).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

const translations = {
  da: () => import('./generated/da.js'),
  en: () => import('./generated/en.js'),
  nn: () => import('./generated/nn.js'),
};

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale as keyof typeof translations](),
});

export const getLocale = localization.getLocale as () => Locale;

let observer: MutationObserver | undefined;
let followsDocument = false;

/** Maps a BCP 47 language tag to one of the library's locales. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'da') return 'da';
  if (language === 'en') return 'en';
  if (language === 'nn') return 'nn';
  return 'nb';
}

/** Sets the language for every element of this copy of the library and stops following `<html lang>`. */
export function setLocale(locale: Locale): Promise<void> {
  followsDocument = false;
  observer?.disconnect();
  observer = undefined;
  return localization.setLocale(locale);
}

/** Starts following `<html lang>`; elements call this when they connect. Idempotent. */
export function followDocumentLanguage(): void {
  if (followsDocument || typeof document === 'undefined') return;
  followsDocument = true;
  const root = document.documentElement;
  const sync = () => {
    const wanted = localeFromLanguageTag(root.lang);
    if (wanted !== getLocale()) void localization.setLocale(wanted);
  };
  observer = new MutationObserver(sync);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  sync();
}

/**
 * The locales to hand to `Intl` for the current language. Some browsers' ICU data lacks `nn`
 * and would fall back to English; nynorsk and bokmål share number and date formats.
 */
export function intlLocales(): string[] {
  const locale = getLocale();
  return locale === 'nn' ? ['nn', 'nb'] : [locale];
}
