/**
 * The style sheets of the steps that come in chunks (chunks.ts), one chunk of their own that
 * each of those chunks loads alongside, named by their places in the scorecard's cascade
 * (scorecard-sheets.ts). A few kilobytes a first visit (introduction, weighting, fields)
 * does not wait for.
 */
export { resultStyles as results } from './result.styles.js';
export { collaborationStyles as collaboration } from './collaboration.styles.js';
export { roundsStyles as rounds } from './rounds.styles.js';
export { partyStyles as parties } from './party.styles.js';
export { presenterStepStyles as presenter } from './presenter-step.styles.js';
