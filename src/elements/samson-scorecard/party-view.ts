/**
 * The scorecard's one hook for answering by party: hands the templates (introduction,
 * results, report, notices) to the element, so the element itself only adds this object to
 * its view. The party field of the introduction is here from the start; the controller that
 * keeps the round's parties and its notices (party-chunk.ts) are loaded once a group uses
 * parties — a name typed in the party field (held for the controller, and in storage until
 * the draft has what the controller made of it), a party label in a
 * restored draft, parties in the round
 * (a restored or set history), a share link in the address — or opens the results, where
 * the parties' panel is. The joint view, the report's parties page and the panel are chunks
 * of their own (chunks.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PartiesController, PartiesOptions } from './party-controller.js';
import { renderPartyField, withPartyLabel } from './party-templates.js';
import type { LazyModulesController } from '../../base/lazy-module.js';
import { HeldInput } from '../../base/held-input.js';
import { jointViewChunk, partiesChunk, partiesPanelChunk } from './chunks.js';
import type { SharePanel } from './share-panel.js';
import { headingLevelOf } from '../../base/heading.js';
import { currentRound } from '../../core/samson/history.js';
import { hasShareLink } from '../../core/samson/share-link.js';

export interface PartiesView {
  /** The controller, once answering by party is in use (undefined before: no parties, nothing to keep in step). */
  readonly controller: PartiesController | undefined;
  /** The saved answers were deleted: a name typed before the controller came is forgotten with them. */
  forget(): void;
  /** In the introduction, after the round's label. */
  intro(): TemplateResult;
  /** In the results step, before the scores: the parties and the joint view. */
  results(): TemplateResult | typeof nothing;
  /** In the report: the page «Der vi ser det ulikt». */
  report(): TemplateResult | typeof nothing;
  /** Above the step: a share link that was opened, what a merge did. */
  notices(): TemplateResult | typeof nothing;
}

/** Where a name typed before the controller arrived is kept meanwhile (held-input.ts), and how its outcome reaches the draft. */
export interface HeldParty {
  /** The draft's key: the typing is kept under `<key>:party-typed`. */
  draftKey(): string;
  /** Autosave on and not read-only. */
  saving(): boolean;
  /** Writes the draft now (the response and the rounds): what the controller made of the typing. */
  save(): void;
}

export function createPartiesView(
  host: ReactiveControllerHost & HTMLElement,
  options: PartiesOptions & HeldParty,
  lazy: LazyModulesController,
): PartiesView {
  const held = new HeldInput(() => `${options.draftKey()}:party-typed`, options.saving);
  let controller: PartiesController | undefined;
  /** The results were opened: the panel there needs the controller even without parties yet. */
  let wanted = false;
  /**
   * What the group did in the party field before the controller arrived: each value typed, and
   * `null` where they left the field. Only the controller knows who was answering when the
   * typing began and which names are taken, so every keystroke waits for it and is handed to it
   * in order; a label set directly would move the joint answers to the party or write over a
   * party of that name.
   */
  const early: Array<string | null> = [];
  const lastTyped = (): string | undefined => early.filter((value): value is string => value !== null).at(-1);
  /** One thing done in the party field, as the controller takes it: a value typed, or the field left (`null`). */
  const hand = (parties: PartiesController, value: string | null): void =>
    value === null ? parties.settleParty() : parties.setParty(value);
  const inUse = (): boolean =>
    wanted ||
    early.length > 0 ||
    Boolean(options.response().party?.trim()) ||
    currentRound(options.history()).parties.length > 0 ||
    hasShareLink(location.hash);
  /** The draft key whose held typing was read (once per key, after the draft itself was restored). */
  let readFor: string | undefined;
  const readHeld = (): void => {
    if (controller || options.instrumentLoading?.()) return;
    const key = held.key();
    if (key === readFor) return;
    readFor = key;
    const typed = held.read();
    // A reload while the chunk was on its way: the name comes back as if typed again.
    if (typed !== undefined && !early.length) early.push(typed);
  };
  /** The typing is in the draft now, as the controller (or the fallback) took it: nothing is held any more. */
  const handed = (): void => {
    options.save();
    held.clear();
  };
  /**
   * Before every render (a controller's `hostUpdate`, so a controller added here takes part
   * in the same update): the controller comes as soon as parties are in use, and every render
   * after it reads the round from it.
   */
  const arrive = (): PartiesController | undefined => {
    // A removed element takes nothing over: its page may hold the same draft in a new element.
    if (controller || !host.isConnected) return controller;
    readHeld();
    if (!inUse()) return controller;
    const chunk = lazy.use(partiesChunk);
    if (chunk) {
      const parties = (controller = new chunk.PartiesController(host, options));
      const typed = early.splice(0);
      for (const value of typed) hand(parties, value);
      if (typed.length) handed();
    } else if (partiesChunk.failed && early.length) {
      // Nothing can keep the round's parties apart without the chunk: the name typed at least stays on screen and in the draft.
      const typed = lastTyped();
      early.length = 0;
      if (typed !== undefined) options.commit(withPartyLabel(options.response(), typed));
      handed();
    }
    return controller;
  };
  const typing = (value: string | null): void => {
    if (controller) return hand(controller, value);
    early.push(value);
    // Kept at once: the draft gets it only once the controller has come.
    const typed = lastTyped();
    if (typed === undefined || typed.trim() === (options.response().party ?? '').trim()) held.clear();
    else held.save(typed);
    host.requestUpdate();
  };
  host.addController({ hostUpdate: () => void arrive() });

  let share: SharePanel | undefined;
  /** The panel (a chunk): in the introduction only once there are parties, so a first visit does not load it. */
  const panel = (parties: PartiesController, where: 'intro' | 'results'): TemplateResult | typeof nothing => {
    if (where === 'intro' && !parties.party && !parties.parties.length) return nothing;
    const chunk = lazy.use(partiesPanelChunk);
    if (!chunk) return nothing;
    share ??= new chunk.SharePanel(host, { response: options.response, focus: options.focus });
    return chunk.renderPartiesPanel(parties, share, options.locked(), where, headingLevelOf(host));
  };
  return {
    get controller() {
      return controller;
    },
    forget: () => {
      early.length = 0;
      held.clear();
    },
    intro: () =>
      html`${renderPartyField({
        // While the controller is on its way, the field shows what was typed (it is applied when it arrives).
        party: lastTyped() ?? options.response().party ?? '',
        locked: options.locked(),
        kept: controller?.keptParty,
        opened: controller?.opened,
        input: (party) => typing(party),
        change: () => typing(null),
      })}
      ${controller ? panel(controller, 'intro') : nothing}`,
    results: () => {
      wanted = true;
      // All at once: the panel's and the joint view's chunks do not wait for the controller's.
      const parties = arrive();
      const jointView = lazy.use(jointViewChunk);
      lazy.use(partiesPanelChunk);
      if (!parties) return nothing;
      return html`${panel(parties, 'results')}
      ${jointView?.renderJointView(parties, parties.round.joint, options.locked(), headingLevelOf(host)) ?? nothing}`;
    },
    report: () => {
      const parties = arrive();
      return (
        (parties && lazy.use(jointViewChunk)?.renderPartiesReport(parties, parties.round.joint, headingLevelOf(host))) ?? nothing
      );
    },
    notices: () => {
      const parties = arrive();
      return parties ? (lazy.use(partiesChunk)?.renderPartyNotices(parties, options.locked()) ?? nothing) : nothing;
    },
  };
}
