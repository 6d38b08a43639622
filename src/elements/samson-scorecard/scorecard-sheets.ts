/**
 * Every style sheet of `<samson-scorecard>`, in cascade order: the shared tokens first, then
 * the steps, the results, the weighting, rounds and parties, the presenter layout, and the
 * printed report last (it overrides the screen rules it prints differently).
 *
 * The names are the places of the sheets that come with the chunks of the later steps
 * (step-sheets.ts, adopted by `LazyModulesController` when a chunk is first used): the first
 * steps and the printed report's frame are styled before any chunk, so Ctrl+P at any step
 * prints with every rule the report document needs once its chunk is there.
 */
import { staticSheets, type StyleCascade } from '../../base/lazy-module.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { scorecardStyles } from './samson-scorecard.styles.js';
import { resultsSharedStyles } from './results-shared.styles.js';
import { weightingStyles } from './weighting.styles.js';
import { followUpStyles } from './follow-up.styles.js';
import { partyNoticeStyles } from './party-notices.styles.js';
import { presenterStyles } from './presenter.styles.js';
import { reportPrintStyles } from './report-print.styles.js';

/** Each name is an export of step-sheets.ts (test/browser/samson-scorecard-lazy-styles.test.ts checks both ways). */
export const scorecardCascade: StyleCascade = [
  sharedStyles,
  scorecardStyles,
  'results',
  resultsSharedStyles,
  weightingStyles,
  'collaboration',
  'rounds',
  followUpStyles,
  'parties',
  partyNoticeStyles,
  presenterStyles,
  'presenter',
  reportPrintStyles,
];

/** The sheets there from the start: the element's `static styles`. */
export const scorecardStyleSheets = staticSheets(scorecardCascade);
