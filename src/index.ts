/**
 * samskaping-elements: element classes, the pure core and the locale API. Importing this
 * module defines no tags; import `samskaping-elements/define` (or one element's
 * `define` entry) for that.
 */
export * from './core/index.js';
export type { SamskapingEventMap } from './events.js';
export { setLocale, getLocale, localeFromLanguageTag, LOCALES, type Locale, type BuiltInLocale } from './i18n/locale.js';
export { registerLanguage, languages, type LanguageDefinition } from './content/languages.js';
export { samsonNb, loadBuiltInInstrument } from './content/samson/index.js';
export { SamsonScorecard, type SamsonErrorDetail } from './elements/samson-scorecard/samson-scorecard.js';
export { SamsonProfile, type SamsonProfileSelectDetail, type ProfileCompare } from './elements/samson-profile/samson-profile.js';
export * from './core/samson/report.js';
export {
  SoimpactChart,
  type SoimpactChartErrorDetail,
  type SoimpactDataDetail,
} from './elements/soimpact-chart/soimpact-chart.js';
export { SoimpactChain, type SoimpactSelectDetail, type SoimpactErrorDetail } from './elements/soimpact-chain/soimpact-chain.js';
export { SoimpactPlanner, type SoimpactPlanDetail } from './elements/soimpact-planner/soimpact-planner.js';
export { soimpactStepsNb, loadSteps, builtInSteps } from './content/soimpact/steps.js';
