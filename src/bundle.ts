/**
 * The one-file embed bundle: `<script type="module" src=".../samskaping-elements.bundle.js">`
 * defines every element, each one's code loaded (from dist/bundle/, next to this file) when its
 * tag first appears on the page, now or later; a tag the page never uses costs nothing. It
 * exports the package's API without the element classes, which are not in this file: get one
 * with `await loadElement('soimpact-chart')` (or `customElements.whenDefined(tag)` once the tag
 * is on the page); their types are exported for TypeScript.
 */
import './bundle-start.js';

export * from './api.js';
export { discover, loadElement, type LibraryElements, type LibraryTag } from './element-loader.js';
export type { SamsonScorecard } from './elements/samson-scorecard/define.js';
export type { SamsonProfile } from './elements/samson-profile/define.js';
export type { SoimpactChart } from './elements/soimpact-chart/define.js';
export type { SoimpactChain } from './elements/soimpact-chain/define.js';
export type { SoimpactPlanner } from './elements/soimpact-planner/define.js';
