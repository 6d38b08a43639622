/** Defines `<soimpact-chart>`. */
import { defineElement } from '../../define-element.js';
import { SoimpactChart } from './soimpact-chart.js';

defineElement('soimpact-chart', SoimpactChart);

declare global {
  interface HTMLElementTagNameMap {
    'soimpact-chart': SoimpactChart;
  }
}

export { SoimpactChart };
export type { SamskapingEventMap } from '../../events.js';
