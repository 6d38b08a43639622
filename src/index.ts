/**
 * samskaping-elements: element classes, the pure core and the locale API. Importing this
 * module defines no tags; import `samskaping-elements/define` (or one element's
 * `define` entry) for that.
 */
export * from './api.js';
export { SamsonScorecard } from './elements/samson-scorecard/samson-scorecard.js';
export { SamsonProfile } from './elements/samson-profile/samson-profile.js';
export { SoimpactChart } from './elements/soimpact-chart/soimpact-chart.js';
export { SoimpactChain } from './elements/soimpact-chain/soimpact-chain.js';
export { SoimpactPlanner } from './elements/soimpact-planner/soimpact-planner.js';
