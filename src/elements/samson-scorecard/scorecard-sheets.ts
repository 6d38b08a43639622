/**
 * Every style sheet of `<samson-scorecard>`, in cascade order: the shared tokens first, then
 * the steps, the results, the weighting, rounds and parties, the presenter layout, and the
 * printed report last (it overrides the screen rules it prints differently).
 */
import { sharedStyles } from '../../styles/shared.styles.js';
import { scorecardStyles } from './samson-scorecard.styles.js';
import { resultStyles } from './result.styles.js';
import { weightingStyles } from './weighting.styles.js';
import { roundsStyles } from './rounds.styles.js';
import { partyStyles } from './party.styles.js';
import { presenterStyles } from './presenter.styles.js';
import { reportPrintStyles } from './report-print.styles.js';

export const scorecardStyleSheets = [
  sharedStyles,
  scorecardStyles,
  resultStyles,
  weightingStyles,
  roundsStyles,
  partyStyles,
  presenterStyles,
  reportPrintStyles,
];
