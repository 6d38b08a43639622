/**
 * The library's API without its element classes: the pure core, the locale API, the language
 * registry and the built-in content. The package's main entry (src/index.ts) adds the element
 * classes; the one-file bundle (src/bundle.ts) exports this and loads each element's code only
 * when its tag appears on the page.
 */
export * from './core/index.js';
export { describeProblem, describeProblemForUser, describePlaces, problemText, errorDetail } from './i18n/problems.js';
export type { SamskapingEventMap } from './events.js';
export { setLocale, getLocale, localeFromLanguageTag, LOCALES, type Locale, type BuiltInLocale } from './i18n/locale.js';
export { registerLanguage, languages, type LanguageDefinition } from './content/languages.js';
export { samsonNb, loadBuiltInInstrument } from './content/samson/index.js';
export * from './core/samson/report.js';
export { soimpactStepsNb, loadSteps, builtInSteps } from './content/soimpact/steps.js';
// The elements' event details and option types are types only: they cost no bytes.
export type { SamsonErrorDetail } from './elements/samson-scorecard/samson-scorecard.js';
export type { SamsonProfileSelectDetail, ProfileCompare } from './elements/samson-profile/samson-profile.js';
export type { SoimpactChartErrorDetail, SoimpactDataDetail } from './elements/soimpact-chart/soimpact-chart.js';
export type { SoimpactSelectDetail, SoimpactErrorDetail } from './elements/soimpact-chain/soimpact-chain.js';
export type { SoimpactPlanDetail } from './elements/soimpact-planner/soimpact-planner.js';
