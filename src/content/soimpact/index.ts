import type { ImpactPlan } from '../../core/soimpact/plan.js';
import { type BuiltInLocale, type Locale, fallbackLocale } from '../../i18n/locale.js';
import { ContentError } from '../registered-content.js';
import { planFromParts } from './assemble.js';
import boostStructure from './boost-refugee.structure.json';
import boostNb from './boost-refugee.nb.json';
import jobCourseStructure from './job-course.structure.json';
import jobCourseNb from './job-course.nb.json';

/** The demo plans: Boost Refugee as the handbook prints it, and an illustrative job-seeker course. */
export const DEMO_PLAN_IDS = ['boost-refugee', 'job-course'] as const;
export type DemoPlanId = (typeof DEMO_PLAN_IDS)[number];

const structures: Record<DemoPlanId, unknown> = { 'boost-refugee': boostStructure, 'job-course': jobCourseStructure };

function demoPlan(id: DemoPlanId, words: unknown, locale: BuiltInLocale): ImpactPlan {
  const result = planFromParts(structures[id], words);
  if (!result.ok) throw new ContentError(`demo plan ${id} ${locale}`, result.problems);
  return result.value;
}

/** The demo plans in bokmål, the source language: always available without loading. */
export const demoPlansNb: Readonly<Record<DemoPlanId, ImpactPlan>> = {
  'boost-refugee': demoPlan('boost-refugee', boostNb, 'nb'),
  'job-course': demoPlan('job-course', jobCourseNb, 'nb'),
};

type Loader = () => Promise<{ default: unknown }>;
const loaders: Record<DemoPlanId, Record<Exclude<BuiltInLocale, 'nb'>, Loader>> = {
  'boost-refugee': {
    da: () => import('./boost-refugee.da.json'),
    en: () => import('./boost-refugee.en.json'),
    nn: () => import('./boost-refugee.nn.json'),
  },
  'job-course': {
    da: () => import('./job-course.da.json'),
    en: () => import('./job-course.en.json'),
    nn: () => import('./job-course.nn.json'),
  },
};

const loaded = new Map<string, ImpactPlan>(DEMO_PLAN_IDS.map((id) => [`${id}|nb`, demoPlansNb[id]]));

/** A demo plan in a language, if it has been loaded already. */
export function builtInDemoPlan(id: DemoPlanId, locale: Locale): ImpactPlan | undefined {
  return loaded.get(`${id}|${fallbackLocale(locale)}`);
}

/** Loads a demo plan in a language (the other languages are split out of the entry; a registered language gets its fallback's). */
export async function loadDemoPlan(id: DemoPlanId, locale: Locale): Promise<ImpactPlan> {
  const builtIn = fallbackLocale(locale);
  const key = `${id}|${builtIn}`;
  const ready = loaded.get(key);
  if (ready) return ready;
  const plan = demoPlan(id, (await loaders[id][builtIn as Exclude<BuiltInLocale, 'nb'>]()).default, builtIn);
  loaded.set(key, plan);
  return plan;
}
