/**
 * The scorecard's one hook for answering by party: builds the controller and the share
 * panel, and hands the templates (introduction, results, report, notices) to the element,
 * so the element itself only adds this object to its view. The joint view and the report's
 * parties page are a chunk loaded with the results (chunks.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PartiesController, type PartiesOptions } from './party-controller.js';
import { renderPartyField, renderPartyNotices } from './party-templates.js';
import type { LazyModulesController } from '../../base/lazy-module.js';
import { jointViewChunk, partiesPanelChunk } from './chunks.js';
import type { SharePanel } from './share-panel.js';
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

export function createPartiesView(
  host: ReactiveControllerHost,
  options: PartiesOptions,
  lazy: LazyModulesController,
): PartiesView {
  const controller = new PartiesController(host, options);
  let share: SharePanel | undefined;
  /** The panel (a chunk): in the introduction only once there are parties, so a first visit does not load it. */
  const panel = (where: 'intro' | 'results'): TemplateResult | typeof nothing => {
    if (where === 'intro' && !controller.party && !controller.parties.length) return nothing;
    const chunk = lazy.use(partiesPanelChunk);
    if (!chunk) return nothing;
    share ??= new chunk.SharePanel(host, { response: options.response, focus: options.focus });
    return chunk.renderPartiesPanel(controller, share, options.locked(), where, headingLevelOf(host));
  };
  return {
    controller,
    intro: () => html`${renderPartyField(controller, options.locked())} ${panel('intro')}`,
    results: () =>
      html`${panel('results')}
      ${lazy.use(jointViewChunk)?.renderJointView(controller, controller.round.joint, options.locked(), headingLevelOf(host)) ?? nothing}`,
    report: () =>
      lazy.use(jointViewChunk)?.renderPartiesReport(controller, controller.round.joint, headingLevelOf(host)) ?? nothing,
    notices: () => renderPartyNotices(controller, options.locked()),
  };
}
