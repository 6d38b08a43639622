/** Defines `<samson-profile>`. */
import { defineElement } from '../../define-element.js';
import { SamsonProfile } from './samson-profile.js';

defineElement('samson-profile', SamsonProfile);

declare global {
  interface HTMLElementTagNameMap {
    'samson-profile': SamsonProfile;
  }
}

export { SamsonProfile };
export type { SamskapingEventMap } from '../../events.js';
