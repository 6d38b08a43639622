/**
 * Defines `<soimpact-planner>` and the `<soimpact-chain>` it shows as a live preview. The
 * `<soimpact-chart>` of the publish panel (and Chart.js with it) loads when that panel opens.
 */
import { defineElement } from '../../define-element.js';
import '../soimpact-chain/define.js';
import { SoimpactPlanner } from './soimpact-planner.js';

defineElement('soimpact-planner', SoimpactPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'soimpact-planner': SoimpactPlanner;
  }
}

export { SoimpactPlanner };
export type { SamskapingEventMap } from '../../events.js';
