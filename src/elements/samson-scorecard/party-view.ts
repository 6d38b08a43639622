/**
 * The scorecard's one hook for answering by party: builds the controller and the share
 * panel, and hands the templates (introduction, results, report, notices) to the element,
 * so the element itself only adds this object to its view.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PartiesController, type PartiesOptions } from './party-controller.js';
import { renderPartiesPanel, renderPartyField, renderPartyNotices } from './party-templates.js';
import { renderJointView, renderPartiesReport } from './joint-view.js';
import { SharePanel } from './share-panel.js';
import { headingLevelOf } from '../../base/heading.js';

export interface PartiesView {
  readonly controller: PartiesController;
  /** In the introduction, after the round's label. */
  intro(): TemplateResult;
  /** In the results step, before the scores: the parties and the joint view. */
  results(): TemplateResult | typeof nothing;
  /** In the report: the page «Der vi ser det ulikt». */
  report(): TemplateResult | typeof nothing;
  /** Above the step: a share link that was opened, what a merge did. */
  notices(): TemplateResult;
}

export function createPartiesView(host: ReactiveControllerHost, options: PartiesOptions): PartiesView {
  const controller = new PartiesController(host, options);
  const share = new SharePanel(host, { response: options.response, focus: options.focus });
  return {
    controller,
    intro: () =>
      html`${renderPartyField(controller, options.locked())}
      ${renderPartiesPanel(controller, share, options.locked(), 'intro', headingLevelOf(host))}`,
    results: () =>
      html`${renderPartiesPanel(controller, share, options.locked(), 'results', headingLevelOf(host))}
      ${renderJointView(controller, controller.round.joint, options.locked(), headingLevelOf(host))}`,
    report: () => renderPartiesReport(controller, controller.round.joint, headingLevelOf(host)),
    notices: () => renderPartyNotices(controller, options.locked()),
  };
}
