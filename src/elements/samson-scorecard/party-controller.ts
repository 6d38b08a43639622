/**
 * Answering by party: each party («kommunen», «frivilligheten», a participant) fills in the
 * scorecard on its own — on its own device, or in turn on this one — and the group brings
 * the answers together without a server (several files at once, or a share link) and talks
 * first about the statements where the parties lie two or more scale points apart.
 *
 * The round's parties live in the scorecard's history (history-controller.ts, core
 * history.ts). While the response on screen carries a `party` label it is that party's
 * answer, one of the round's parties, and the round's joint answer waits in the history;
 * without a label it is the joint answer. Every change is a pure function of the core
 * handed to the history's `update`. The element only renders what this controller says
 * (party-templates.ts, joint-view.ts, share-panel.ts) and hands every edit to it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../core/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import { createResponse, type Answer, type Response } from '../../core/samson/response.js';
import {
  agreeJointAnswer,
  currentRound,
  sameParty,
  withJointResponse,
  withPartyRenamed,
  withPartyResponse,
  withoutPartyResponse,
  type History,
  type Round,
} from '../../core/samson/history.js';
import { mergeImports } from '../../core/samson/merge.js';
import { partySpread, disagreements, type PartySpread, type Spread } from '../../core/samson/compare.js';
import { readShareLink, hasShareLink, withoutShareLink } from '../../core/samson/share-link.js';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { readText } from '../../base/file.js';
import { withPartyLabel } from './party-templates.js';

/** The party labels the introduction suggests (the research's two sides of the table, and the citizens). */
export const SUGGESTED_PARTIES = ['kommunen', 'frivilligheten', 'innbyggerne'] as const;

export interface PartiesOptions {
  instrument(): Instrument;
  /** Whether the instrument is still loading from `instrument-src`: a share link waits for it. */
  instrumentLoading?(): boolean;
  /** The response on screen. */
  response(): Response;
  /** Every edit of the response on screen goes through the element (saved, announced). */
  commit(next: Response): void;
  locked(): boolean;
  /** Where focus goes after the next render (a selector in the shadow root). */
  focus(selector: string): void;
  /** Opens a step (a new party's introduction, the results where the joint view is) and focuses its heading. */
  goTo(kind: 'intro' | 'results'): void;
  /** The scorecard's history: every round, the current one with the response on screen in it. */
  history(): History;
  /** Applies a pure change to the history (a change to the joint answer on screen becomes an edit). */
  update(change: (history: History) => History): History;
  /** A file or a share link could not be read: listed in the element and sent as `samson-error`. */
  refused(problems: Problem[], from: 'file' | 'link'): void;
}

/** What the last "import several files" did, per file. */
export interface MergeReport {
  files: Array<{ name: string; problems: Problem[] }>;
  /** Party labels that came in (after renaming duplicates, e.g. «kommunen (2)»). */
  added: string[];
}

/** A response read from the page's share link, waiting for the group to merge it. */
export interface SharedOffer {
  response: Response;
}

export class PartiesController implements ReactiveController {
  /** The name typed for the party after the one answering now ("Neste part"). */
  nextName = '';
  /** Whether the "Neste part" form is open. */
  askingNext = false;
  mergeReport: MergeReport | undefined;
  offer: SharedOffer | undefined;
  /** How the embedded profile draws the parties. */
  profileMode: 'lines' | 'band' = 'lines';
  /** The party field was emptied: the joint answer is back, and this party's answers were kept (the notice under the field). */
  keptParty: string | undefined;
  /**
   * The name typed in the party field was another party's: its answers opened, and what was on
   * screen was kept under `keptAs` ('' : as the joint answer) — the notice under the field, so the
   * group knows why the scorecard changed and that nothing is lost.
   */
  opened: { party: string; keptAs: string } | undefined;

  /** A party opened by typing its name, until the group leaves the field (`leaveSwitch`). */
  private switched: { party: string; keptAs: string } | undefined;
  private synced: Response | undefined;
  private syncedParty: { name: string; createdAt: string } | undefined;
  /** Who was answering when the group began typing in the party field (the response on screen, its label then). */
  private fieldStart: { createdAt: string; name: string } | undefined;
  private readonly onHashChange = () => void this.readLink();
  /** A share link that came while `instrument-src` was loading: read once the instrument is there. */
  private linkWaiting = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PartiesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    // Read at the first update, once the element has started loading its `instrument-src`.
    if (hasShareLink(location.hash)) {
      this.linkWaiting = true;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Before each render: a party renamed while its label is typed leaves no copy under the old label. */
  hostUpdate(): void {
    if (this.linkWaiting && !this.options.instrumentLoading?.()) {
      this.linkWaiting = false;
      void this.readLink();
    }
    this.sync();
  }

  // ————— reading —————

  get instrument(): Instrument {
    return this.options.instrument();
  }

  get history(): History {
    return this.options.history();
  }

  get round(): Round {
    return currentRound(this.history);
  }

  /** The label of the party answering on screen, or '' for the joint answer. */
  get party(): string {
    return this.options.response().party?.trim() ?? '';
  }

  /** Every party's response in this round (the one on screen with its latest answers). */
  get parties(): Response[] {
    this.sync();
    return this.round.parties;
  }

  /** Each party's answer and the spread; null with fewer than two parties. */
  get spread(): PartySpread | null {
    const parties = this.parties;
    return parties.length >= 2 ? partySpread(this.options.instrument(), parties) : null;
  }

  /** The statements the parties see differently, widest first. */
  get disputed(): Spread[] {
    const spread = this.spread;
    return spread ? disagreements(spread) : [];
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  // ————— doing —————

  /**
   * The party label typed in the introduction, keystroke by keystroke. Nothing is overwritten:
   * - emptied while a party answers: "we answer together again" — the party's answers stay in
   *   the round under the name it had when the group began typing, and the round's joint
   *   answer comes back on screen as the group left it (a label typed over the joint answer
   *   and deleted again leaves the joint answer on screen as it was);
   * - the name of another party of the round: that party's answers open (they are not replaced),
   *   and the notice under the field says where the answers on screen were kept; typing on past
   *   that name before leaving the field brings them back (a longer name was meant);
   * - a name typed over the joint answer while the round has parties: the joint answer is
   *   kept as the round's first, the response on screen becomes the party's;
   * - otherwise the response on screen takes the label (a party renamed is moved, see `sync`).
   */
  setParty(name: string): void {
    if (this.options.locked()) return;
    this.sync();
    this.leaveSwitch(name.trim());
    const response = this.options.response();
    const start = this.startOfTyping(response);
    const typed = name.trim();
    this.opened = undefined;
    if (!typed && response.party?.trim()) {
      this.keepUnder(response, start.name);
      if (!start.name) {
        // The joint answer, labelled for a moment: it stays on screen as it is.
        this.options.commit(withPartyLabel(this.options.response(), ''));
        return;
      }
      this.showJoint();
      this.keptParty = start.name;
      this.fieldStart = { createdAt: this.options.response().createdAt, name: '' };
      return;
    }
    // The response on screen is in the round under its own label; told apart by label, not by
    // `createdAt`: a party that began as the joint answer relabelled shares the joint's.
    const other = typed && this.round.parties.find((p) => sameParty(p.party, typed) && !sameParty(p.party, response.party));
    if (other) {
      this.keepUnder(response, start.name);
      const opened = structuredClone(this.round.parties.find((p) => sameParty(p.party, typed)) ?? other);
      this.options.commit(opened);
      this.keptParty = undefined;
      this.opened = this.switched = { party: opened.party!.trim(), keptAs: start.name };
      // The typing goes on from the party opened: emptying the field now keeps its answers.
      this.fieldStart = { createdAt: opened.createdAt, name: opened.party!.trim() };
      return;
    }
    if (typed && !response.party?.trim() && this.round.parties.length)
      this.options.update((h) => withJointResponse(h, currentRound(h).id, response));
    this.options.commit(withPartyLabel(this.options.response(), name));
  }

  /** The group left the party field: the name there is settled (the next typing starts from it). */
  settleParty(): void {
    this.fieldStart = undefined;
    this.switched = undefined;
  }

  openNext(): void {
    this.askingNext = true;
    this.nextName = '';
    this.options.focus('#next-party');
    this.host.requestUpdate();
  }

  cancelNext(): void {
    this.askingNext = false;
    this.options.focus('#open-next-party');
    this.host.requestUpdate();
  }

  /**
   * "Neste part": the response on screen stays in the round (the joint answer as the round's
   * joint answer, a party's under its name), and the next party starts with an empty scorecard
   * on this device, at its introduction: its name is there to check, and who takes part is
   * written there. A name already used opens that party's answers again, on the same step.
   */
  startNext(name = this.nextName): boolean {
    const party = name.trim().slice(0, RESPONSE_TEXT_LIMITS.label);
    if (!party || this.options.locked()) return false;
    const earlier = this.round.parties.find((p) => sameParty(p.party, party));
    const next: Response = structuredClone(
      earlier ?? { ...createResponse(this.options.instrument(), this.options.response().label), party },
    );
    // The history as read holds the response on screen, the stored one not always (a joint answer
    // on screen is kept only as the response): stored with the next party in it, the joint answer
    // and every party stay through the switch and a reload.
    this.options.update((h) => withPartyResponse(h, currentRound(h).id, next));
    this.fieldStart = this.switched = this.opened = undefined;
    this.askingNext = false;
    this.nextName = '';
    this.options.commit(next);
    if (earlier) this.options.focus('#step-heading');
    else this.options.goTo('intro');
    return true;
  }

  /** The group answers together now: the joint answer comes on screen, the parties' answers stay beside it. */
  answerTogether(): void {
    if (this.options.locked()) return;
    this.keepOnScreenParty();
    this.showJoint();
    this.fieldStart = this.switched = this.opened = undefined;
    this.options.goTo('results');
  }

  /** The joint answer the group agreed on for one statement (rating and idea for action); the parties' answers are kept. */
  agree(statementId: string, answer: Answer): void {
    if (this.options.locked() || this.party) return;
    // The joint answer is on screen: the history hands the agreed answer to the scorecard as an edit.
    this.options.update((h) => agreeJointAnswer(h, currentRound(h).id, statementId, answer));
  }

  /** Removes a party's answers from the round (only parties that are not on screen). */
  removeParty(name: string): void {
    if (this.options.locked() || sameParty(name, this.party)) return;
    this.options.update((h) => withoutPartyResponse(h, currentRound(h).id, name));
  }

  /** Several files at once (the multiple file input's `change`): merged into the round; problems listed per file. */
  async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    const texts = await Promise.all(files.map((file) => readText(file)));
    input.value = '';
    this.mergeTexts(
      files.map((file) => file.name),
      texts.map((text) => text ?? ''),
    );
  }

  /** Merges file contents (JSON text) into the round, as `importFiles` does. */
  mergeTexts(names: readonly string[], texts: readonly string[]): MergeReport {
    this.sync();
    const before = new Set(this.round.parties.map((p) => p.party!.toLowerCase()));
    const result = mergeImports(texts, { instrument: this.options.instrument(), into: this.history });
    const files = names.map((name, index) => ({
      name,
      problems: result.problems.filter((p) => p.path[0] === index).map((p) => ({ ...p, path: p.path.slice(1) }) as Problem),
    }));
    if (result.history) this.options.update(() => result.history!);
    const added = this.round.parties.map((p) => p.party!).filter((name) => !before.has(name.toLowerCase()));
    this.mergeReport = { files, added };
    const problems = result.problems;
    if (problems.length) this.options.refused(problems, 'file');
    this.options.focus('#merge-report');
    this.host.requestUpdate();
    return this.mergeReport;
  }

  dismissReport(): void {
    this.mergeReport = undefined;
    this.options.focus('#import-parties');
    this.host.requestUpdate();
  }

  /** Reads a `#samson=…` fragment in the page's address and offers to merge it. */
  async readLink(hash = location.hash): Promise<void> {
    if (!hasShareLink(hash)) return;
    // Read against the built-in instrument, a link for the page's own instrument would be refused.
    if (this.options.instrumentLoading?.()) {
      this.linkWaiting = true;
      return;
    }
    const read = await readShareLink(hash, this.options.instrument());
    if (!read) return;
    if (!read.ok) {
      this.options.refused(read.problems, 'link');
      return;
    }
    this.offer = { response: read.value };
    this.options.focus('#shared-merge');
    this.host.requestUpdate();
  }

  /** "Slå sammen": the shared response joins the round as a party; the link's fragment leaves the address bar. */
  acceptOffer(): void {
    const offer = this.offer;
    if (!offer || this.options.locked()) return;
    this.offer = undefined;
    this.mergeTexts([offer.response.party ?? offer.response.label], [JSON.stringify(offer.response)]);
    this.forgetLink();
  }

  declineOffer(): void {
    this.offer = undefined;
    this.forgetLink();
    this.options.focus('#step-heading');
    this.host.requestUpdate();
  }

  // ————— keeping the round in step —————

  private forgetLink(): void {
    if (hasShareLink(location.href)) history.replaceState(history.state, '', withoutShareLink(location.href));
  }

  /** The party on screen written into the history's own copy, before another response comes on screen. */
  private keepOnScreenParty(): void {
    const response = this.options.response();
    if (response.party?.trim()) this.options.update((h) => withPartyResponse(h, currentRound(h).id, response));
  }

  /** The round's joint answer on screen, as the group left it (the label on screen stays the round's). */
  private showJoint(): void {
    const joint = this.round.joint;
    this.options.commit(structuredClone({ ...joint, label: this.options.response().label || joint.label }));
  }

  /**
   * Typing went on past the name of the party it opened («NAV» → «NAV Drammen»): the group meant
   * a name of their own, so the answers on screen before come back, and the party opened stays as
   * it was.
   */
  private leaveSwitch(typed: string): void {
    const switched = this.switched;
    if (!switched || sameParty(typed, switched.party)) return;
    this.switched = undefined;
    if (!sameParty(this.options.response().party, switched.party)) return;
    const kept = switched.keptAs && this.round.parties.find((p) => sameParty(p.party, switched.keptAs));
    if (switched.keptAs && !kept) return;
    this.keepOnScreenParty();
    if (kept) this.options.commit(structuredClone(kept));
    else this.showJoint();
    // Known as the response on screen, so the name typed next moves it instead of copying it.
    this.sync();
    this.fieldStart = { createdAt: this.options.response().createdAt, name: switched.keptAs };
  }

  /** The response on screen and its party label when the group began typing in the party field. */
  private startOfTyping(response: Response): { createdAt: string; name: string } {
    if (this.fieldStart?.createdAt !== response.createdAt)
      this.fieldStart = { createdAt: response.createdAt, name: response.party?.trim() ?? '' };
    return this.fieldStart;
  }

  /**
   * The response on screen kept in the round under `name` (its label before the group began
   * typing), a half-typed label of it removed; '' drops it: it was the joint answer, labelled
   * for a moment, and the joint answer is in the round already.
   */
  private keepUnder(response: Response, name: string): void {
    const label = response.party?.trim();
    this.options.update((h) => {
      const id = currentRound(h).id;
      if (!name) return label ? withoutPartyResponse(h, id, label) : h;
      return withPartyRenamed(h, id, label ?? name, { ...response, party: name });
    });
  }

  /**
   * A party renamed while typing its label is moved, not copied: the old label leaves the round,
   * and the party keeps its place among the parties (the list, the profile's lines and colours).
   */
  private sync(): void {
    const response = this.options.response();
    if (response === this.synced) return;
    this.synced = response;
    const party = response.party?.trim();
    const previous = this.syncedParty;
    this.syncedParty = party ? { name: party, createdAt: response.createdAt } : undefined;
    if (party) this.keptParty = undefined;
    if (this.opened && !sameParty(party, this.opened.party)) this.opened = undefined;
    if (!party || !previous || previous.createdAt !== response.createdAt || sameParty(previous.name, party)) return;
    const stale = this.round.parties.find((p) => sameParty(p.party, previous.name) && p.createdAt === response.createdAt);
    if (stale) this.options.update((h) => withPartyRenamed(h, currentRound(h).id, previous.name, response));
  }
}
