/**
 * The scorecard's response and where it came from: the one piece of state every other part
 * reads. A Lit reactive controller that owns the response, its draft in `localStorage`
 * (a {@link DraftController}) and the rules that decide which response wins:
 *
 * - a draft is restored once per storage key, and only into a fresh response (one the page
 *   or the group gave is never overwritten by an older draft);
 * - a response set while `instrument-src` loads waits for that instrument, and is refused
 *   if it belongs to another one;
 * - the `label` attribute names a new response; a restored or given one keeps its own.
 *
 * The element announces edits (`samson-change`); this controller only keeps the state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftController } from '../../base/draft-controller.js';
import type { Problem } from '../../core/problems.js';
import { parseSafely } from '../../core/salvage.js';
import type { Instrument } from '../../core/samson/instrument.js';
import { createResponse, parseResponse, type Response } from '../../core/samson/response.js';
import { parseResponseDraft, RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { scoreResponse, type Scores } from '../../core/samson/scoring.js';
import { parseHistory, type History } from '../../core/samson/history.js';
import type { HistoryController } from './history-controller.js';

/** Where the response on screen came from; a draft is restored only into a fresh one. */
export type Origin = 'fresh' | 'storage' | 'property' | 'edited';

export interface ResponseHooks {
  instrument(): Instrument;
  /** Whether `instrument-src` is still loading. */
  loading(): boolean;
  /** The `label` attribute. */
  label(): unknown;
  /** The draft key: the `storage-key` attribute or the element's default. */
  key(draft: DraftController<Response>): string;
  /** Autosave on and not read-only. */
  enabled(): boolean;
  /** The rounds: their stored history is restored (or skipped) together with the response draft. */
  rounds(): HistoryController;
  /** A refused response: shown as a response error and dispatched as `samson-error`. */
  refused(problems: Problem[]): void;
  /** A response was accepted: the previous refusal is no longer shown. */
  accepted(): void;
  /** Storage problems: dispatched as `samson-error`. */
  onProblems(problems: Problem[]): void;
}

export class ResponseController implements ReactiveController {
  private current: Response;
  /** Where {@link value} came from. */
  origin: Origin = 'fresh';
  /** When the restored draft was saved; undefined when nothing was restored. */
  restoredAt: string | undefined;
  /** A response set while `instrument-src` loads waits for the instrument it belongs to. */
  private pending: Response | undefined;
  private scored: { instrument: Instrument; response: Response; scores: Scores } | undefined;

  readonly draft: DraftController<Response>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: ResponseHooks,
  ) {
    host.addController(this);
    this.draft = new DraftController<Response>(host, {
      key: () => hooks.key(this.draft),
      enabled: () => hooks.enabled(),
      value: () => this.current,
      validate: (value) => parseResponse(value, hooks.instrument()),
      parse: (text) => parseResponseDraft(text, hooks.instrument()),
      fileName: ({ reason }) => `samson-${reason === 'conflict' ? 'andre-versjon' : 'nyere-format'}.json`,
      onProblems: (problems) => hooks.onProblems(problems),
      // Another tab saved while this one had nothing unsaved; a response the page gave is never replaced by a draft.
      adopt: (value) => {
        if (this.origin === 'property' || this.pending) return false;
        this.replace(value, 'storage');
        return true;
      },
    });
    this.current = createResponse(hooks.instrument());
  }

  hostConnected(): void {}

  /** The response on screen (the current round's joint answer). */
  get value(): Response {
    return this.current;
  }

  /** The scores of a response (the one on screen by default), worked out once per response and instrument. */
  scores(response = this.current): Scores {
    const instrument = this.hooks.instrument();
    const scored = this.scored;
    if (scored?.instrument === instrument && scored.response === response) return scored.scores;
    const scores = scoreResponse(instrument, response);
    this.scored = { instrument, response, scores };
    return scores;
  }

  /** Makes `next` the response, noting where it came from. */
  replace(next: Response, origin: Origin): void {
    this.current = next;
    this.origin = origin;
    this.host.requestUpdate();
  }

  /** A response the rounds hand over: a new round or another history (`save`: its draft is written at once), or a restore. */
  adopt(next: Response, save: boolean): void {
    this.replace(next, save ? 'edited' : 'storage');
    if (save) {
      this.draft.schedule();
      this.draft.flush();
    }
  }

  /** The draft's storage key now. */
  key(): string {
    return this.hooks.key(this.draft);
  }

  /** The label attribute as a response label: text, within the schema's limit. */
  labelText(): string {
    const label = this.hooks.label();
    return typeof label === 'string' ? label.slice(0, RESPONSE_TEXT_LIMITS.label) : '';
  }

  /** An empty response, labelled by the attribute; nothing restored is shown any more. */
  startOver(origin: Origin): void {
    this.replace(createResponse(this.hooks.instrument(), this.labelText()), origin);
    this.restoredAt = undefined;
  }

  /** The `response` property: validated, refused with its problems, or kept until the instrument has loaded. */
  setProperty(value: Response | null | undefined): void {
    if (value == null) {
      // Frameworks bind `undefined` before they have data: that must not discard a restored draft.
      if (this.origin !== 'fresh') this.replace(createResponse(this.hooks.instrument(), this.labelText()), 'fresh');
      return;
    }
    const loading = this.hooks.loading();
    const parsed = parseSafely((input) => parseResponse(input, loading ? undefined : this.hooks.instrument()), value);
    if (!parsed.ok) {
      this.hooks.refused(parsed.problems);
      return;
    }
    this.hooks.accepted();
    if (loading) this.pending = parsed.value;
    else this.replace(parsed.value, 'property');
  }

  /** The `history` property: every round replaced (the last one's joint answer becomes the response), or refused. */
  setHistory(value: History | null | undefined): void {
    if (value == null) return;
    const parsed = parseSafely((input) => parseHistory(input, this.hooks.instrument()), value);
    if (!parsed.ok) {
      this.hooks.refused(parsed.problems);
      return;
    }
    this.hooks.accepted();
    this.hooks.rounds().set(parsed.value);
    this.origin = 'property';
  }

  /** A form's state restore (`formStateRestoreCallback`): taken when it is a valid response. */
  restoreFormState(state: string): void {
    const parsed = parseResponse(state, this.hooks.instrument());
    if (parsed.ok) this.replace(parsed.value, 'property');
  }

  /** The label attribute changed after the first render: the response on screen takes it. */
  relabel(): void {
    const label = this.labelText();
    if (this.current.label !== label) this.current = { ...this.current, label };
  }

  /** Keeps the response matched to the instrument, and restores a draft once per storage key (in `willUpdate`). */
  sync(): void {
    const instrument = this.hooks.instrument();
    const rounds = this.hooks.rounds();
    if (this.pending) {
      const pending = this.pending;
      this.pending = undefined;
      if (pending.instrument.id === instrument.id) this.replace(pending, 'property');
      else {
        this.hooks.refused([
          { code: 'other-instrument', path: ['instrument', 'id'], found: pending.instrument.id, expected: instrument.id },
        ]);
      }
    }
    if (this.current.instrument.id !== instrument.id) this.replace(createResponse(instrument, this.labelText()), 'fresh');
    const given = this.origin !== 'fresh';
    if (given) {
      this.draft.skipRestore();
      rounds.skipRestore();
    }
    const restored = this.draft.restoreOnce();
    if (restored) {
      this.replace(restored.value, 'storage');
      this.restoredAt = restored.value.updatedAt;
    }
    if (!given) rounds.restoreOnce(restored !== undefined);
    // The label attribute names a new response; a restored or given one keeps its own.
    const label = this.labelText();
    if (this.origin === 'fresh' && !this.current.label && label) this.current = { ...this.current, label };
  }
}
