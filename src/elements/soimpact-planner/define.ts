/** Defines `<soimpact-planner>`, and the `<soimpact-chain>` and `<soimpact-chart>` it shows as live previews. */
import { defineElement } from '../../define-element.js';
import '../soimpact-chain/define.js';
import '../soimpact-chart/define.js';
import { SoimpactPlanner } from './soimpact-planner.js';

defineElement('soimpact-planner', SoimpactPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'soimpact-planner': SoimpactPlanner;
  }
}

export { SoimpactPlanner };
