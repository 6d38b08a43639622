import { defineElement } from '../../define-element.js';
import { SamsonScorecard } from './samson-scorecard.js';

defineElement('samson-scorecard', SamsonScorecard);

export { SamsonScorecard };
export type { SamskapingEventMap } from '../../events.js';
