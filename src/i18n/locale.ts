/**
 * The library's language. It follows `<html lang>` (nb/no → nb, nn → nn, da → da, en* → en, a
 * language registered with `registerLanguage` → that one, anything else → nb) and keeps
 * following it, until an app calls `setLocale` itself.
 * Configured once per copy of the library; two copies on one page each keep their own.
 * The npm build ships its own private copy of the @lit/localize runtime (rollup.config.mjs),
 * so an app that configures @lit/localize for its own elements keeps working beside this
 * one, whichever is imported first (lit/lit#1661).
 *
 * The one list of built-in locales is `lit-localize.json` (source + targets); the generated
 * `locale-codes.ts` carries it here, and every content loader is typed against {@link BuiltInLocale}.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { registeredLanguage, registeredLanguageForTag } from './registry.js';

export type BuiltInLocale = typeof sourceLocale | (typeof targetLocales)[number];
/** A language code: a built-in locale, or one an app registered at runtime with `registerLanguage`. */
export type Locale = BuiltInLocale | (string & {});
/** The built-in locales, source first (from `lit-localize.json`). */
export const LOCALES: readonly BuiltInLocale[] = [sourceLocale, ...targetLocales];

export const isBuiltInLocale = (code: string): code is BuiltInLocale => (LOCALES as readonly string[]).includes(code);

const translations: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  da: () => import('./generated/da.js'),
  en: () => import('./generated/en.js'),
  nn: () => import('./generated/nn.js'),
};

/**
 * @lit/localize fixes its set of locales when it is configured, so a language registered
 * later borrows one of two reserved locale codes: the one not requested last, so that a
 * switch from one registered language to another is a real switch for lit, and `getLocale`
 * changes in the same moment as the templates.
 */
const SLOTS = ['x-registered-a', 'x-registered-b'] as const;
const slotLanguage = new Map<string, string>();
const slotTemplates = new Map<string, LocaleModule['templates']>();
let lastRequested: string = sourceLocale;

const localization = configureLocalization({
  sourceLocale,
  targetLocales: [...targetLocales, ...SLOTS],
  loadLocale: (locale) => {
    const templates = slotTemplates.get(locale);
    if (templates) return Promise.resolve({ templates });
    return translations[locale as keyof typeof translations]();
  },
});

/** The language in use: a built-in locale or a registered language's code. */
export function getLocale(): Locale {
  const active = localization.getLocale();
  return slotLanguage.get(active) ?? (active as BuiltInLocale);
}

/** The built-in locale whose content and strings stand in for what the current language lacks. */
export function fallbackLocale(locale: Locale = getLocale()): BuiltInLocale {
  if (isBuiltInLocale(locale)) return locale;
  return registeredLanguage(locale)?.fallback ?? sourceLocale;
}

let observer: MutationObserver | undefined;
let followsDocument = false;

/** Maps a BCP 47 language tag to one of the library's languages (registered ones included). */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  const registered = registeredLanguageForTag(tag ?? '');
  if (registered) return registered.code;
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'da') return 'da';
  if (language === 'en') return 'en';
  if (language === 'nn') return 'nn';
  return 'nb';
}

async function switchTo(locale: Locale): Promise<void> {
  if (isBuiltInLocale(locale)) {
    lastRequested = locale;
    return localization.setLocale(locale);
  }
  const language = registeredLanguage(locale);
  if (!language)
    throw new Error(
      `samskaping-elements: no language "${locale}" (built in: ${LOCALES.join(', ')}; register others with registerLanguage)`,
    );
  if (slotLanguage.get(lastRequested) === language.code && slotTemplates.get(lastRequested) === language.templates) {
    return localization.setLocale(lastRequested);
  }
  const slot = SLOTS.find((candidate) => candidate !== lastRequested)!;
  const below =
    language.fallback === sourceLocale ? {} : (await translations[language.fallback as keyof typeof translations]()).templates;
  slotLanguage.set(slot, language.code);
  slotTemplates.set(slot, { ...below, ...(language.templates as LocaleModule['templates']) });
  lastRequested = slot;
  return localization.setLocale(slot);
}

/** Sets the language for every element of this copy of the library and stops following `<html lang>`. */
export function setLocale(locale: Locale): Promise<void> {
  followsDocument = false;
  observer?.disconnect();
  observer = undefined;
  return switchTo(locale);
}

function syncWithDocument(): void {
  const wanted = localeFromLanguageTag(document.documentElement.lang);
  if (wanted !== getLocale() || registeredLanguage(wanted)) void switchTo(wanted);
}

/** Starts following `<html lang>`; elements call this when they connect. Idempotent. */
export function followDocumentLanguage(): void {
  if (followsDocument || typeof document === 'undefined') return;
  followsDocument = true;
  observer = new MutationObserver(syncWithDocument);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  syncWithDocument();
}

/**
 * A language was registered (or registered again with other strings): if the page is in it,
 * or the app chose it, switch to it now.
 */
export function languageRegistered(code: string): Promise<void> {
  if (followsDocument && typeof document !== 'undefined') {
    if (localeFromLanguageTag(document.documentElement.lang) === code) return switchTo(code);
  } else if (getLocale() === code) {
    return switchTo(code);
  }
  return Promise.resolve();
}

/**
 * The locales to hand to `Intl` for the current language. Some browsers' ICU data lacks `nn`
 * and would fall back to English; nynorsk and bokmål share number and date formats.
 */
export function intlLocales(): string[] {
  const locale = getLocale();
  if (locale === 'nn') return ['nn', 'nb'];
  return isBuiltInLocale(locale) ? [locale] : [locale, fallbackLocale(locale)];
}
