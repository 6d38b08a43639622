import type { StepContent } from '../../core/soimpact/steps.js';
import type { Locale } from '../../i18n/locale.js';
import nb from './steps.nb.js';

/** The ten steps' guidance in bokmål, the source language: always available without loading. */
export const soimpactStepsNb: StepContent = nb;

const loaders: Record<Exclude<Locale, 'nb'>, () => Promise<{ default: StepContent }>> = {
  da: () => import('./steps.da.js'),
  en: () => import('./steps.en.js'),
  nn: () => import('./steps.nn.js'),
};

const loaded = new Map<Locale, StepContent>([['nb', nb]]);

/** The steps' guidance in a language, if it has been loaded already. */
export function builtInSteps(locale: Locale): StepContent | undefined {
  return loaded.get(locale);
}

/** Loads the steps' guidance in a language (the other languages are split out of the entry). */
export async function loadSteps(locale: Locale): Promise<StepContent> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  const content = (await loaders[locale as Exclude<Locale, 'nb'>]()).default;
  loaded.set(locale, content);
  return content;
}
