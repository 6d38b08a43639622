/**
 * Answering by party, loaded once a group uses it (party-view.ts): the controller that keeps
 * the round's parties and the notices it shows above the step.
 */
export { PartiesController } from './party-controller.js';
export { renderPartyNotices } from './party-notices.js';
