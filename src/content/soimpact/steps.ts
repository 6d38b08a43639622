import type { StepContent } from '../../core/soimpact/steps.js';
import { type BuiltInLocale, type Locale, fallbackLocale, isBuiltInLocale } from '../../i18n/locale.js';
import { registeredLanguage } from '../../i18n/registry.js';
import { ContentError, loadRegistered } from '../registered-content.js';
import nb from './steps.nb.json';

// The schema is loaded with the first other language: the planner's entry does not need it for bokmål.
const parser = () => import('../../core/soimpact/steps.js').then((module) => module.parseStepContent);

async function builtIn(input: unknown, locale: BuiltInLocale): Promise<StepContent> {
  const result = (await parser())(input);
  if (!result.ok) throw new ContentError(`SoImpact steps ${locale}`, result.problems);
  return result.value;
}

/**
 * The ten steps' guidance in bokmål, the source language: always available without loading. Not
 * run through the schema here (it is on the planner's first render; a unit test checks it).
 */
export const soimpactStepsNb: StepContent = nb as StepContent;

const loaders: Record<Exclude<BuiltInLocale, 'nb'>, () => Promise<{ default: unknown }>> = {
  da: () => import('./steps.da.json'),
  en: () => import('./steps.en.json'),
  nn: () => import('./steps.nn.json'),
};

const loaded = new Map<Locale, StepContent>([['nb', soimpactStepsNb]]);

/** Forgets a registered language's steps (it was registered again). */
export function forgetSteps(locale: Locale): void {
  if (!isBuiltInLocale(locale)) loaded.delete(locale);
}

/** The steps' guidance in a language, if it has been loaded already. */
export function builtInSteps(locale: Locale): StepContent | undefined {
  return loaded.get(locale);
}

/**
 * Loads the steps' guidance in a language: built in (split out of the entry), registered with
 * the language, or, for a registered language without its own, its fallback's. Invalid
 * registered content rejects with a {@link ContentError}.
 */
export async function loadSteps(locale: Locale): Promise<StepContent> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  let content: StepContent;
  if (isBuiltInLocale(locale)) {
    content = await builtIn((await loaders[locale as Exclude<BuiltInLocale, 'nb'>]()).default, locale);
  } else if (registeredLanguage(locale)?.soimpact !== undefined) {
    const registered = await loadRegistered(registeredLanguage(locale)!.soimpact, `SoImpact steps ${locale}`, await parser());
    content = { ...registered, locale };
  } else {
    // The fallback's guidance, labelled with the language asked for so the planner takes it as current.
    content = { ...(await loadSteps(fallbackLocale(locale))), locale };
  }
  loaded.set(locale, content);
  return content;
}
