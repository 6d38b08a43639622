/** Defines every element of the library at once (`samskaping-elements/define`, for apps that bundle themselves). */
import './elements/samson-scorecard/define.js';
import './elements/samson-profile/define.js';
import './elements/soimpact-chart/define.js';
import './elements/soimpact-chain/define.js';
import './elements/soimpact-planner/define.js';

export type { SamskapingEventMap } from './events.js';
