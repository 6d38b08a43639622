/** Defines `<soimpact-chain>`. */
import { defineElement } from '../../define-element.js';
import { SoimpactChain } from './soimpact-chain.js';

defineElement('soimpact-chain', SoimpactChain);

declare global {
  interface HTMLElementTagNameMap {
    'soimpact-chain': SoimpactChain;
  }
}

export { SoimpactChain };
export type { SamskapingEventMap } from '../../events.js';
