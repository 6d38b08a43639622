/**
 * The scorecard's rounds on this device: a Lit reactive controller that keeps the
 * collaboration's history (`samson-history@1`, src/core/samson/history.ts) beside the
 * scorecard's response.
 *
 * How the two fit together — the one rule to remember:
 * **the current round's joint response IS the scorecard's `response`.** The scorecard keeps
 * editing and autosaving its response exactly as before (same draft key, same format, so
 * today's drafts and files open unchanged); this controller keeps everything else — the
 * closed rounds, the current round's id, label and dates, its parties, follow-ups and action
 * plan — and {@link HistoryController.history} puts the two together whenever it is read.
 *
 * Every change goes through a pure function of the core, via {@link HistoryController.update}:
 *
 * ```ts
 * rounds.update((h) => withPartyResponse(h, rounds.current.id, partyResponse));
 * rounds.update((h) => agreeJointAnswer(h, rounds.current.id, statementId, answer));
 * ```
 *
 * If the change touches the current round's joint answer, the scorecard is handed the new
 * response (`samson-change` follows, as after any edit); the rest is saved here.
 *
 * Saving: a second `localStorage` entry `<draft key>:history`, through its own
 * {@link DraftController} (so a newer format stored there is kept aside, never overwritten,
 * and another tab's version is kept aside as a conflict). It is written only once the
 * history holds more than the response alone (a second round, a party, a follow-up, an
 * action plan entry): a group that does one pass stores exactly what it stored before.
 * On restore, the response draft wins for the current round's answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { fail, type Problem, type Result } from '../../core/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import type { Response } from '../../core/samson/response.js';
import {
  currentRound,
  deleteRound,
  findRound,
  renameRound,
  withAction,
  withFollowUp,
  type ActionPlanEntry,
  type FollowUp,
  lastTime,
  parseHistory,
  previousRound,
  type History,
  type LastTime,
  type Round,
} from '../../core/samson/history.js';
import {
  composeHistory,
  holdsMoreThanResponse,
  isHistoryFile,
  labelledJoint,
  startRoundKeepingPoints,
} from '../../core/samson/rounds-on-device.js';
import { mergeImports } from '../../core/samson/merge.js';
import { exportFileName } from '../../core/samson/report.js';
import { DraftController } from '../../base/draft-controller.js';
import { downloadText, readText } from '../../base/file.js';

export type { SamsonRoundDetail } from '../../core/samson/history.js';

export interface HistoryHostOptions {
  instrument(): Instrument;
  /** The scorecard's response: the current round's joint answer. */
  response(): Response;
  /** Makes `response` the scorecard's response, as an edit (saved and announced with `samson-change`). */
  commit(response: Response): void;
  /**
   * Makes `response` the scorecard's response without announcing it: a new round or another
   * history (`save`: the response draft is written at once), or a restore (`save` false).
   */
  replace(response: Response, save: boolean): void;
  /** The scorecard's draft key (the history is saved under `<key>:history`). */
  key(): string;
  /** Whether autosave is on. */
  enabled(): boolean;
  /** A new round was started: the scorecard dispatches `samson-round`. */
  started(history: History): void;
  /** Storage problems: the scorecard dispatches `samson-error`. */
  onProblems(problems: Problem[]): void;
  /** A refused history file: the scorecard shows it as an import error and dispatches `samson-error`. */
  refused(problems: Problem[]): void;
  /** Read-only or disabled by the form. */
  locked(): boolean;
  /** The element's shadow root (downloads are created there). */
  root(): ShadowRoot;
  /** Where focus goes after the next render (a selector in the shadow root). */
  focus(selector: string): void;
  /** Opens a step of the scorecard (the round opened, a new round begun) and focuses its heading. */
  goTo(kind: 'intro' | 'results'): void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class HistoryController implements ReactiveController {
  /** The history as last stored or changed; its current joint may lag behind the response. */
  private stored: History | undefined;
  /** Whether the history entry exists in storage (then it is kept up to date, even when back to one round). */
  private persisted = false;

  /** An earlier round opened to read (never edited); undefined while the current round is shown. */
  viewingId: string | undefined;
  /** The round whose name is being edited in the list of rounds. */
  renamingId: string | undefined;
  /** The round the group asked to delete, waiting for their confirmation. */
  confirmingDeleteId: string | undefined;
  /** A history file read and waiting for the group's choice. */
  pendingImport: History | undefined;

  private memo: { stored: History | undefined; response: Response; history: History } | undefined;

  /** The second storage entry, with the draft controller's rules (newer formats and conflicts kept aside). */
  readonly draft: DraftController<History>;

  constructor(
    private readonly host: Host,
    private readonly options: HistoryHostOptions,
  ) {
    host.addController(this);
    this.draft = new DraftController<History>(host, {
      key: () => `${options.key()}:history`,
      enabled: () => options.enabled(),
      value: () => this.history,
      validate: (value) => parseHistory(value, options.instrument()),
      parse: (text) => {
        const parsed = parseHistory(text, options.instrument());
        return parsed.ok ? { ok: true, value: parsed.value, dropped: [] } : parsed;
      },
      fileName: ({ reason }) => `samson-historikk-${reason === 'conflict' ? 'andre-versjon' : 'nyere-format'}.json`,
      onProblems: (problems) => options.onProblems(problems),
      // Another tab saved the rounds while this one had nothing unsaved (its response draft comes along on its own key).
      adopt: (value) => {
        this.stored = value;
        this.persisted = true;
        this.host.requestUpdate();
        return true;
      },
    });
  }

  hostConnected(): void {}

  /**
   * Every round on this device, oldest first, the current (last) one holding the scorecard's
   * response as its joint answer. A new object each time: safe to hand out.
   */
  get history(): History {
    const response = this.options.response();
    if (this.memo && this.memo.stored === this.stored && this.memo.response === response) return this.memo.history;
    // A party answering on this device (party-controller.ts) is one of the round's parties; the joint answer stays.
    const history = composeHistory(this.stored, response, this.word());
    this.memo = { stored: this.stored, response, history };
    return history;
  }

  /** The round being answered now (the last one). */
  get current(): Round {
    return currentRound(this.history);
  }

  /** The round before the current one, if any. */
  get previous(): Round | undefined {
    const history = this.history;
    return previousRound(history, currentRound(history).id);
  }

  /** How many rounds there are on this device. */
  get count(): number {
    return this.stored?.rounds.length ?? 1;
  }

  /** The round with this id. */
  find(roundId: string): Round | undefined {
    return findRound(this.history, roundId);
  }

  /**
   * What the group said last time under each statement, and what became of that action
   * (empty in round 1). Worked out once per change of the history.
   */
  lastTimeMap(): Map<string, LastTime> {
    const history = this.history;
    if (this.lastTimeMemo?.history !== history) this.lastTimeMemo = { history, map: lastTime(history, currentRound(history).id) };
    return this.lastTimeMemo.map;
  }

  private lastTimeMemo: { history: History; map: Map<string, LastTime> } | undefined;

  /**
   * Applies a pure change (a function of the core) to the history. A change to the current
   * round's joint answer becomes the scorecard's response (an edit, announced); the rest is
   * saved here. Returns the new history.
   */
  update(change: (history: History) => History): History {
    const before = this.history;
    const next = change(before);
    if (next === before) return before;
    this.stored = next;
    const joint = currentRound(next).joint;
    const jointOnScreen = !this.options.response().party?.trim();
    if (jointOnScreen && JSON.stringify(joint) !== JSON.stringify(currentRound(before).joint)) this.options.commit(joint);
    this.save();
    this.host.requestUpdate();
    return next;
  }

  /**
   * "Start ny runde": the current round is closed and kept (label, dates, answers), and a new
   * one starts with the same weights and points, empty answers and the next label
   * ("Runde 2"). Saved at once; `started` dispatches `samson-round`.
   */
  startNext(label?: string): History {
    const next = startRoundKeepingPoints(this.history, { word: this.word(), ...(label === undefined ? {} : { label }) });
    this.stored = next;
    this.options.replace(currentRound(next).joint, true);
    this.persisted = true;
    this.draft.schedule();
    this.draft.flush();
    this.host.requestUpdate();
    this.options.started(structuredClone(this.history));
    return this.history;
  }

  /**
   * Replaces the whole history (the `history` property, an imported history file): the
   * current round's joint answer becomes the scorecard's response. Validated first; a refused
   * one changes nothing.
   */
  set(input: unknown): Result<History> {
    const parsed = parseHistory(input, this.options.instrument());
    if (!parsed.ok) return parsed;
    this.stored = parsed.value;
    this.options.replace(labelledJoint(currentRound(parsed.value)), true);
    this.persisted = true;
    this.draft.schedule();
    this.host.requestUpdate();
    return parsed;
  }

  /**
   * Restores the stored history once per key, when the scorecard restored (or had no) draft.
   * The response draft is the newer truth about the current round's answers; without one,
   * the history's current joint answer becomes the response.
   */
  restoreOnce(responseRestored: boolean): void {
    const restored = this.draft.restoreOnce();
    if (!restored) return;
    const history = restored.value;
    this.stored = history;
    this.persisted = true;
    const joint = labelledJoint(currentRound(history));
    const response = this.options.response();
    // A response draft of another round (its save was lost when the round changed) is not this round's answer.
    const sameRound =
      responseRestored &&
      (response.createdAt === joint.createdAt || currentRound(history).parties.some((p) => p.createdAt === response.createdAt));
    if (!sameRound) this.options.replace(joint, false);
  }

  /** The page gave a response of its own: the stored history is not looked at for this key. */
  skipRestore(): void {
    this.draft.skipRestore();
  }

  /** Call after every edit of the response: keeps a stored history's current round in step. */
  responseChanged(): void {
    if (this.persisted || holdsMoreThanResponse(this.stored)) this.save();
  }

  /** Saves now (before an export, a new round, the page going away), with the response's draft when it is given. */
  flush(response?: { flush(): void }): void {
    response?.flush();
    this.draft.flush();
  }

  /** Back to one round: after "delete what is saved" or a form reset. */
  reset(deleteStored: boolean): void {
    this.stored = undefined;
    this.viewingId = this.renamingId = this.confirmingDeleteId = undefined;
    this.pendingImport = undefined;
    if (deleteStored && this.persisted) {
      this.draft.delete();
      this.draft.dismissNotice();
    } else this.draft.cancel();
    this.persisted = false;
    this.host.requestUpdate();
  }

  // ————— the rounds UI —————

  /** Read-only or disabled by the form: nothing in the history changes. */
  get locked(): boolean {
    return this.options.locked();
  }

  /** "Start ny runde" clicked: the new round begins at the introduction, where its name is. */
  startNextFromUi(): void {
    if (this.options.locked()) return;
    this.viewingId = undefined;
    this.startNext();
    this.options.goTo('intro');
  }

  /** The round on screen: an earlier one opened read-only, else the current one. */
  get shown(): Round {
    return (this.viewingId && this.find(this.viewingId)) || this.current;
  }

  /** Whether an earlier round is open read-only. */
  get viewing(): boolean {
    return this.shown.id !== this.current.id;
  }

  /** The rounds up to the one shown, for the profile: the shown round is its bold line. */
  get shownHistory(): History {
    const history = this.history;
    const index = history.rounds.findIndex((r) => r.id === this.shown.id);
    if (index === history.rounds.length - 1) return history;
    if (this.shownMemo?.history !== history || this.shownMemo.index !== index) {
      this.shownMemo = { history, index, shown: { ...history, rounds: history.rounds.slice(0, index + 1) } };
    }
    return this.shownMemo.shown;
  }

  private shownMemo: { history: History; index: number; shown: History } | undefined;

  /** Opens a round to read (`undefined` or the current round's id: back to the current round). */
  open(roundId: string | undefined): void {
    this.viewingId = roundId && roundId !== this.current.id && this.find(roundId) ? roundId : undefined;
    this.host.requestUpdate();
    this.options.goTo('results');
  }

  beginRename(roundId: string): void {
    this.renamingId = roundId;
    this.confirmingDeleteId = undefined;
    this.host.requestUpdate();
    this.options.focus(`#round-name-${roundId}`);
  }

  cancelRename(): void {
    const id = this.renamingId;
    this.renamingId = undefined;
    this.host.requestUpdate();
    if (id) this.options.focus(`#round-rename-${id}`);
  }

  rename(roundId: string, label: string): void {
    this.renamingId = undefined;
    if (!this.options.locked() && label.trim()) {
      if (roundId === this.current.id)
        this.options.commit({
          ...this.options.response(),
          label: label.trim().slice(0, 200),
          updatedAt: new Date().toISOString(),
        });
      this.update((h) => renameRound(h, roundId, label));
    }
    this.host.requestUpdate();
    this.options.focus(`#round-rename-${roundId}`);
  }

  askDelete(roundId: string): void {
    this.confirmingDeleteId = roundId;
    this.renamingId = undefined;
    this.host.requestUpdate();
    this.options.focus('#round-delete-cancel');
  }

  cancelDelete(): void {
    const id = this.confirmingDeleteId;
    this.confirmingDeleteId = undefined;
    this.host.requestUpdate();
    if (id) this.options.focus(`#round-delete-${id}`);
  }

  /** Deletes a round after the group confirmed; the only round stays (there is always one). */
  confirmDelete(roundId: string): void {
    this.confirmingDeleteId = undefined;
    if (this.options.locked()) return;
    const before = this.history;
    const result = deleteRound(before, roundId);
    if (!result.ok) {
      this.options.refused(result.problems);
      return;
    }
    if (this.viewingId === roundId) this.viewingId = undefined;
    const wasCurrent = currentRound(before).id === roundId;
    this.stored = result.value;
    if (wasCurrent) this.options.replace(labelledJoint(currentRound(result.value)), true);
    this.persisted = true;
    this.draft.schedule();
    this.draft.flush();
    this.host.requestUpdate();
    this.options.focus('#rounds-heading');
  }

  /** Records what became of the previous round's action under a statement (`undefined` clears it). */
  followUp(statementId: string, followUp: FollowUp | undefined): void {
    if (this.options.locked() || this.viewing) return;
    this.update((h) => withFollowUp(h, currentRound(h).id, statementId, followUp));
  }

  /** Sets the current round's plan for the idea under a statement: owner, due date, matrix quadrant. */
  action(statementId: string, entry: ActionPlanEntry | undefined): void {
    if (this.options.locked() || this.viewing) return;
    this.update((h) => withAction(h, currentRound(h).id, statementId, entry));
  }

  /** Downloads every round as one `samson-history@1` file. */
  exportHistory(): void {
    this.flush();
    const date = new Date().toISOString().slice(0, 10);
    downloadText(this.options.root(), `${JSON.stringify(this.history, null, 2)}\n`, `samson-historikk-${date}.json`);
  }

  /** Downloads one round's joint answer as a `samson-response@1` file (as the tools' export does). */
  exportRound(roundId: string): void {
    const round = this.find(roundId);
    if (!round) return;
    const joint = { ...round.joint, label: round.label };
    downloadText(this.options.root(), `${JSON.stringify(joint, null, 2)}\n`, exportFileName(joint));
  }

  /**
   * The import picker's `change`: a history file is read here and offered to the group (its
   * rounds are added to the ones on this device); anything else goes to `other` (the
   * response import, which opens a single `samson-response@1`).
   */
  async pickImport(event: Event, other: (event: Event) => Promise<void>): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readText(file);
    if (!isHistoryFile(text)) {
      // After the await the event no longer names its target (shadow DOM retargeting): hand the input on.
      await other({ target: input } as unknown as Event);
      return;
    }
    input.value = '';
    const parsed: Result<History> =
      text === undefined ? fail({ code: 'invalid', path: [] }) : parseHistory(text, this.options.instrument());
    if (!parsed.ok) {
      this.options.refused(parsed.problems);
      return;
    }
    this.pendingImport = parsed.value;
    this.host.requestUpdate();
    this.options.focus('#history-import-accept');
  }

  /** The group chose: the file's rounds are merged into this device's (nothing here is dropped), or nothing happens. */
  chooseImport(accept: boolean): void {
    const imported = this.pendingImport;
    this.pendingImport = undefined;
    this.host.requestUpdate();
    if (!accept || !imported || this.options.locked()) {
      this.options.focus('#import-file');
      return;
    }
    this.flush();
    const merged = mergeImports([imported], { instrument: this.options.instrument(), into: this.history });
    if (!merged.history) {
      this.options.refused(merged.problems);
      return;
    }
    this.viewingId = undefined;
    this.set(merged.history);
    this.flush();
    this.options.goTo('results');
  }

  private save(): void {
    if (!this.persisted && !holdsMoreThanResponse(this.stored)) return;
    this.persisted = true;
    this.draft.schedule();
  }

  private word(): string {
    return msg('Runde');
  }
}
