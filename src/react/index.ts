/**
 * React wrappers (via @lit/react): camelCase event props (`onSamsonChange`) and typed
 * properties. React 19 can also use the tags directly; these make it feel native in JSX and
 * in React 18. Importing this module defines the elements.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import '../define.js';
import { SamsonScorecard as SamsonScorecardElement } from '../elements/samson-scorecard/samson-scorecard.js';
import { SamsonProfile as SamsonProfileElement } from '../elements/samson-profile/samson-profile.js';
import { SoimpactPlanner as SoimpactPlannerElement } from '../elements/soimpact-planner/soimpact-planner.js';
import { SoimpactChain as SoimpactChainElement } from '../elements/soimpact-chain/soimpact-chain.js';
import { SoimpactChart as SoimpactChartElement } from '../elements/soimpact-chart/soimpact-chart.js';

export const SamsonScorecard = createComponent({
  tagName: 'samson-scorecard',
  elementClass: SamsonScorecardElement,
  react: React,
  events: {
    onSamsonChange: 'samson-change',
    onSamsonComplete: 'samson-complete',
    onSamsonError: 'samson-error',
  },
});

export const SamsonProfile = createComponent({
  tagName: 'samson-profile',
  elementClass: SamsonProfileElement,
  react: React,
  events: { onSamsonProfileSelect: 'samson-profile-select', onSamsonError: 'samson-error' },
});

export const SoimpactPlanner = createComponent({
  tagName: 'soimpact-planner',
  elementClass: SoimpactPlannerElement,
  react: React,
  events: { onSoimpactChange: 'soimpact-change', onSoimpactComplete: 'soimpact-complete', onSoimpactError: 'soimpact-error' },
});

export const SoimpactChain = createComponent({
  tagName: 'soimpact-chain',
  elementClass: SoimpactChainElement,
  react: React,
  events: { onSoimpactSelect: 'soimpact-select', onSoimpactError: 'soimpact-error' },
});

export const SoimpactChart = createComponent({
  tagName: 'soimpact-chart',
  elementClass: SoimpactChartElement,
  react: React,
  events: { onSoimpactData: 'soimpact-data', onSoimpactError: 'soimpact-error' },
});
