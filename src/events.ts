/**
 * Every event the elements dispatch, by name, with its detail type. They bubble and are
 * composed, so apps listen on `document` or `window` as often as on the element: the map is
 * merged into `GlobalEventHandlersEventMap` (which `Document`, `Window` and every element's
 * map extend), not only into `HTMLElementEventMap`, so
 * `document.addEventListener('samson-change', (e) => e.detail.response)` type-checks.
 * Any entry point's types bring it in (index, define, bundle, each element's define).
 */
import type { ErrorDetail } from './core/problems.js';
import type { SamsonResult } from './core/samson/scoring.js';
import type { SamsonProfileSelectDetail } from './elements/samson-profile/samson-profile.js';
import type { SoimpactSelectDetail } from './elements/soimpact-chain/soimpact-chain.js';
import type { SoimpactDataDetail } from './elements/soimpact-chart/soimpact-chart.js';
import type { SoimpactPlanDetail } from './elements/soimpact-planner/soimpact-planner.js';

export interface SamskapingEventMap {
  'samson-change': CustomEvent<SamsonResult>;
  'samson-complete': CustomEvent<SamsonResult>;
  'samson-error': CustomEvent<ErrorDetail>;
  'samson-profile-select': CustomEvent<SamsonProfileSelectDetail>;
  'soimpact-change': CustomEvent<SoimpactPlanDetail>;
  'soimpact-complete': CustomEvent<SoimpactPlanDetail>;
  'soimpact-select': CustomEvent<SoimpactSelectDetail>;
  'soimpact-data': CustomEvent<SoimpactDataDetail>;
  'soimpact-error': CustomEvent<ErrorDetail>;
}

declare global {
  // Declaration merging adds the heritage clause; the interface body stays empty on purpose.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SamskapingEventMap {}
}
