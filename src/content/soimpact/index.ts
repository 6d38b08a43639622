import type { ImpactPlan } from '../../core/soimpact/plan.js';
import type { Locale } from '../../i18n/locale.js';
import boostNb from './boost-refugee.nb.js';
import jobCourseNb from './job-course.nb.js';

/** The demo plans: Boost Refugee as the handbook prints it, and an illustrative job-seeker course. */
export const DEMO_PLAN_IDS = ['boost-refugee', 'job-course'] as const;
export type DemoPlanId = (typeof DEMO_PLAN_IDS)[number];

/** The demo plans in bokmål, the source language: always available without loading. */
export const demoPlansNb: Readonly<Record<DemoPlanId, ImpactPlan>> = { 'boost-refugee': boostNb, 'job-course': jobCourseNb };

type Loader = () => Promise<{ default: ImpactPlan }>;
const loaders: Record<DemoPlanId, Record<Exclude<Locale, 'nb'>, Loader>> = {
  'boost-refugee': {
    da: () => import('./boost-refugee.da.js'),
    en: () => import('./boost-refugee.en.js'),
    nn: () => import('./boost-refugee.nn.js'),
  },
  'job-course': {
    da: () => import('./job-course.da.js'),
    en: () => import('./job-course.en.js'),
    nn: () => import('./job-course.nn.js'),
  },
};

const loaded = new Map<string, ImpactPlan>([
  ['boost-refugee|nb', boostNb],
  ['job-course|nb', jobCourseNb],
]);

/** A demo plan in a language, if it has been loaded already. */
export function builtInDemoPlan(id: DemoPlanId, locale: Locale): ImpactPlan | undefined {
  return loaded.get(`${id}|${locale}`);
}

/** Loads a demo plan in a language (the other languages are split out of the entry). */
export async function loadDemoPlan(id: DemoPlanId, locale: Locale): Promise<ImpactPlan> {
  const key = `${id}|${locale}`;
  const ready = loaded.get(key);
  if (ready) return ready;
  const plan = (await loaders[id][locale as Exclude<Locale, 'nb'>]()).default;
  loaded.set(key, plan);
  return plan;
}
