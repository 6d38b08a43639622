/**
 * The one autosave of the library: a Lit reactive controller that keeps an element's draft
 * in `localStorage` so that nothing a group types is lost — not by a reload, a tab killed
 * in the background, a second tab, a second element on the page or a newer version of the
 * library that saved before.
 *
 * How an element uses it (the scorecard is the worked example):
 *
 * ```ts
 * private readonly draft = new DraftController<Response>(this, {
 *   key: () => this.storageKey || this.draft.defaultKey(`samskaping:${this.instrument.id}`),
 *   enabled: () => this.autosave && !this.readonly,
 *   value: () => this._response,
 *   validate: (value) => parseResponse(value, this.instrument),
 *   parse: (text) => parseResponseDraft(text, this.instrument),
 *   fileName: (kept) => `samson-${kept.reason}.json`,
 *   onProblems: (problems) => this.emit('samson-error', errorDetail(problems)),
 * });
 * // willUpdate(): const restored = this.draft.restoreOnce(); if (restored) this._response = restored.value;
 * // every edit:   this.draft.schedule();
 * // render():     this.draft.notice, this.draft.kept (versions kept aside, each downloadable)
 * ```
 *
 * Rules it keeps, so an element does not have to:
 * - **Save only when valid.** `validate` runs before every write; an invalid value is never
 *   stored (the last valid draft stays) and its problems go to `onProblems`.
 * - **Partial restore.** `parse` returns every valid part and the problems that cost the
 *   rest (`dropped`); the notice says what was dropped. Use `salvage()` from `src/core/salvage.ts`.
 * - **Newer formats are never overwritten.** A stored draft that `parse` refuses with a
 *   `newer-format` problem is copied to its own key (`<key>~newer-format-<time>`) before
 *   anything is written, kept in {@link DraftController.kept} and downloadable.
 * - **Tabs stay in step.** Every save is announced on a `BroadcastChannel` (other tabs and
 *   other elements on this page hear it). In another tab, an element with no unsaved edit
 *   takes the newer version through `adopt`, so the draft holds the last edit, whichever tab
 *   made it, and a tab left open shows what was typed in the other.
 * - **No silent overwrite between tabs or elements.** Every write first compares what is
 *   stored with what this controller last saw. A version saved elsewhere while this element
 *   had an edit of its own not saved yet (or one it could not take) is copied aside
 *   (`<key>~conflict-<time>`), kept in `kept`, and reported as a `storage-conflict` problem;
 *   this element's own version is saved as usual.
 * - **Kept versions are offered again.** On every load (the first restore for a key) the
 *   versions kept aside under `<key>~conflict-…` and `<key>~newer-format-…` by an earlier
 *   visit are read back into `kept`, so a reload never hides them. Taking one keeps the
 *   element's own version aside first, and its copy is removed once it is the saved draft;
 *   discarding one (after the user confirmed) removes its copy from storage.
 * - **Two elements without a key get two keys.** {@link DraftController.defaultKey} hands
 *   the first element `base` and the next ones `base#2`, `base#3` … (with a console warning).
 * - **Saves when the page may go away:** `visibilitychange` to hidden, `freeze`, `pagehide`,
 *   and on disconnect, besides the debounce after each edit. Typing that never pauses is
 *   still saved every few seconds (`maxWait`): a crash then costs seconds, not the session.
 * - **Deleting deletes everything of the draft's:** the draft and what is held beside it under
 *   `<key>:…` (held-input.ts), not the versions kept aside, which are the user's to discard.
 * - **Storage problems are data.** Blocked storage (`storage-blocked`), a full quota
 *   (`storage-full`) and conflicts go to `onProblems` once per change of state; the element
 *   dispatches them as its `*-error` event and renders {@link DraftController.notice}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem, Result } from '../core/problems.js';

/** What a draft parser returns: the valid parts and what was dropped, or why nothing could be kept. */
export type DraftParse<T> = { ok: true; value: T; dropped: Problem[] } | { ok: false; problems: Problem[] };

/** A version of the draft that is not the element's own and is kept untouched. */
export interface KeptDraft<T> {
  reason: 'newer-format' | 'conflict';
  /** The stored text exactly as it was found. */
  text: string;
  /** The key it is kept under, or undefined if storage refused the copy (then only in memory). */
  storedAs: string | undefined;
  /** The parsed version (a conflict from an element of the same format), for a "use this one" choice. */
  value: T | undefined;
  /** A file name for downloading it. */
  fileName: string;
  /**
   * How it came to be kept: two edits met just now (`met`), kept by an earlier visit and
   * found on load (`earlier`), or this element's own version, set aside when the user took
   * another one (`replaced`).
   */
  origin: 'met' | 'earlier' | 'replaced';
  /** When it was kept (ISO date-time, from its key), if known. */
  keptAt: string | undefined;
}

/** The one notice about the draft an element shows (`role="status"`). */
export type DraftNotice =
  | { kind: 'restored'; dropped: Problem[] }
  | { kind: 'unreadable'; problems: Problem[] }
  | { kind: 'blocked' }
  | { kind: 'full' }
  | { kind: 'deleted' };

export interface DraftOptions<T> {
  /** The storage key now. Use {@link DraftController.defaultKey} for the element's default. */
  key: () => string;
  /** Whether autosave is on (`autosave` and not read-only). Off: nothing is read or written. */
  enabled: () => boolean;
  /** The value to save. */
  value: () => T;
  /** Checks a value before it is written (the same zod-backed parse the element uses for input). */
  validate: (value: T) => Result<T>;
  /** Reads a stored text, keeping every valid part. */
  parse: (text: string) => DraftParse<T>;
  /** The text written; default `JSON.stringify`. */
  serialize?: (value: T) => string;
  /** A download name for a version kept aside. */
  fileName?: (kept: Pick<KeptDraft<T>, 'reason'>) => string;
  /** Storage problems, invalid values and conflicts: the element dispatches its `*-error`. */
  onProblems: (problems: Problem[]) => void;
  /** Milliseconds between the last edit and the save. */
  delay?: number;
  /** The most milliseconds an edit waits for its save while edits keep coming. */
  maxWait?: number;
  /**
   * A newer version saved by another tab or element while this one had no unsaved edit:
   * the element takes it as its value (without saving it again) and returns true, or
   * returns false to keep it aside instead (a value the page gave that a draft must not replace).
   * Without it, every version saved elsewhere is kept aside.
   */
  adopt?: (value: T) => boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

const CHANNEL = 'samskaping-drafts';
/** This page among the tabs: a save heard from another page may be taken, one from this page never is. */
const PAGE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
/** Default keys claimed by connected elements on this page, so two keyless elements never share one. */
const claimedKeys = new Map<string, object>();
let nextWriterId = 0;

function storage(): Storage {
  // Reading the property itself throws where storage is blocked by policy.
  return globalThis.localStorage;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

export class DraftController<T> implements ReactiveController {
  /** The notice to show, or undefined. */
  notice: DraftNotice | undefined;
  /** When the restored draft was saved (its own `updatedAt` if the element knows one). */
  restoredValue: T | undefined;
  /** Versions kept aside: never overwritten, each downloadable. Newest last. */
  kept: KeptDraft<T>[] = [];
  /** The kept version the user asked to discard, until they confirm or cancel. */
  confirmingDiscard: KeptDraft<T> | undefined;

  private readonly host: Host;
  private readonly options: DraftOptions<T>;
  private readonly writer = `${Date.now().toString(36)}-${++nextWriterId}`;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Set by the first edit after a save: the debounce alone would wait for as long as the typing goes on. */
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private restoredKey: string | undefined;
  /** What this controller last read or wrote under each key: anything else there is someone else's. */
  private lastSeen = new Map<string, string | null>();
  private channel: BroadcastChannel | undefined;
  private claimed: string | undefined;
  private reported = '';
  /** Kept versions read only in part: taking one never removes its copy (the dropped parts stay there). */
  private readonly partial = new WeakSet<KeptDraft<T>>();
  /** The copy of a kept version the user took: removed once that version is the saved draft. */
  private taken: { key: string; storedAs: string } | undefined;

  private readonly onHidden = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  private readonly onLeave = (): void => this.flush();
  private readonly onMessage = (event: MessageEvent): void => {
    const data = event.data as { key?: unknown; writer?: unknown; page?: unknown } | null;
    if (!data || data.writer === this.writer || data.key !== this.currentKey()) return;
    this.checkForeign(this.currentKey(), { fromOtherPage: data.page !== PAGE });
  };
  private readonly onStorage = (event: StorageEvent): void => {
    // Storage events only reach the other pages of the origin.
    if (event.storageArea === storage() && event.key === this.currentKey()) this.checkForeign(event.key, { fromOtherPage: true });
  };

  /** This controller among the others of the page (for ids in the element's shadow root). */
  get id(): string {
    return this.writer;
  }

  constructor(host: Host, options: DraftOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHidden);
    document.addEventListener('freeze', this.onLeave);
    window.addEventListener('pagehide', this.onLeave);
    window.addEventListener('storage', this.onStorage);
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.addEventListener('message', this.onMessage);
    }
  }

  hostDisconnected(): void {
    this.flush();
    document.removeEventListener('visibilitychange', this.onHidden);
    document.removeEventListener('freeze', this.onLeave);
    window.removeEventListener('pagehide', this.onLeave);
    window.removeEventListener('storage', this.onStorage);
    this.channel?.close();
    this.channel = undefined;
    if (this.claimed && claimedKeys.get(this.claimed) === this) claimedKeys.delete(this.claimed);
    this.claimed = undefined;
  }

  /**
   * The element's default key for `base`: `base` for the first connected element that asks,
   * `base#2`, `base#3` … for the next ones, so two keyless elements never share a draft.
   * Stable for the element while it stays connected and `base` stays the same.
   */
  defaultKey(base: string): string {
    if (this.claimed && (this.claimed === base || this.claimed.startsWith(`${base}#`))) return this.claimed;
    if (this.claimed && claimedKeys.get(this.claimed) === this) claimedKeys.delete(this.claimed);
    let key = base;
    for (let n = 2; claimedKeys.has(key) && claimedKeys.get(key) !== this; n++) key = `${base}#${n}`;
    if (key !== base) {
      console.warn(
        `samskaping-elements: another element on this page already saves its draft under "${base}"; this one uses "${key}". Give each element its own storage-key.`,
      );
    }
    claimedKeys.set(key, this);
    this.claimed = key;
    return key;
  }

  /**
   * Restores the draft the first time it is asked for a key (and again after the key
   * changes). Returns the valid parts, or undefined when there is nothing to restore, the
   * draft could not be read (see {@link notice}) or autosave is off.
   */
  restoreOnce(): { value: T; dropped: Problem[] } | undefined {
    const key = this.currentKey();
    if (key === this.restoredKey) return undefined;
    this.restoredKey = key;
    if (!this.options.enabled()) return undefined;
    this.loadKept(key);
    return this.restore(key);
  }

  /** Whether the draft for the current key has already been looked at. */
  get restoredForCurrentKey(): boolean {
    return this.restoredKey === this.currentKey();
  }

  /**
   * Marks the key as handled without reading its draft (a value given by the page wins).
   * Versions kept aside under it are still offered: they are nobody's draft to replace.
   */
  skipRestore(): void {
    const key = this.currentKey();
    if (key === this.restoredKey) return;
    this.restoredKey = key;
    if (this.options.enabled()) this.loadKept(key);
  }

  /** Call after every edit: saves after a short pause. */
  schedule(): void {
    if (!this.options.enabled()) return;
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.delay ?? 400);
    this.deadline ??= setTimeout(() => this.flush(), this.options.maxWait ?? 3000);
  }

  /** Saves a pending edit now. */
  flush(): void {
    this.clearTimers();
    if (!this.dirty || !this.options.enabled()) return;
    this.dirty = false;
    this.write(this.currentKey());
  }

  /** Forgets a pending edit without saving it (a reset or a deletion follows). */
  cancel(): void {
    this.clearTimers();
    this.dirty = false;
  }

  private clearTimers(): void {
    clearTimeout(this.timer);
    clearTimeout(this.deadline);
    this.timer = this.deadline = undefined;
  }

  /**
   * Deletes the draft and what is held beside it under `<key>:…` (held-input.ts: typing kept
   * while a chunk was on its way), never the versions kept aside (`<key>~…`, which the user
   * discards one by one). Returns whether storage allowed it.
   */
  delete(): boolean {
    this.cancel();
    const key = this.currentKey();
    try {
      const store = storage();
      const held: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const stored = store.key(i);
        if (stored?.startsWith(`${key}:`)) held.push(stored);
      }
      for (const stored of [key, ...held]) store.removeItem(stored);
      this.lastSeen.set(key, null);
      this.setNotice({ kind: 'deleted' });
      return true;
    } catch {
      this.setNotice({ kind: 'blocked' });
      this.report([{ code: 'storage-blocked', path: [] }]);
      return false;
    }
  }

  /** Forgets one kept version (after the user took it or closed the message); storage keeps its copy. */
  dismissKept(kept: KeptDraft<T>): void {
    this.kept = this.kept.filter((k) => k !== kept);
    if (this.confirmingDiscard === kept) this.confirmingDiscard = undefined;
    this.host.requestUpdate();
  }

  /** The user asked to discard a kept version: nothing is removed until {@link discardKept}. */
  askDiscard(kept: KeptDraft<T> | undefined): void {
    this.confirmingDiscard = kept;
    this.host.requestUpdate();
  }

  /**
   * The user confirmed: the kept version's copy is removed from storage and it is no longer
   * offered. Returns false (and keeps offering it) if storage refused the removal.
   */
  discardKept(kept: KeptDraft<T>): boolean {
    this.confirmingDiscard = undefined;
    try {
      if (kept.storedAs) storage().removeItem(kept.storedAs);
    } catch {
      this.report([{ code: 'storage-blocked', path: [] }]);
      this.host.requestUpdate();
      return false;
    }
    this.dismissKept(kept);
    return true;
  }

  /**
   * The user chose a kept version instead of their own: their own current value is kept
   * aside first (so this choice loses nothing either), and the kept one is returned for the
   * element to take as its value (then `schedule()` saves it).
   */
  useKept(kept: KeptDraft<T>): T | undefined {
    if (kept.value === undefined) return undefined;
    const key = this.currentKey();
    const own = (this.options.serialize ?? JSON.stringify)(this.options.value());
    this.keepAside(key, 'conflict', own, this.options.value(), 'replaced');
    this.kept = this.kept.filter((k) => k !== kept);
    if (this.confirmingDiscard === kept) this.confirmingDiscard = undefined;
    // Its copy goes when it is the saved draft (the element saves it next), not before.
    this.taken = kept.storedAs && !this.partial.has(kept) ? { key, storedAs: kept.storedAs } : undefined;
    return kept.value;
  }

  dismissNotice(): void {
    this.setNotice(undefined);
  }

  private currentKey(): string {
    return this.options.key();
  }

  private setNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** Reports problems once per distinct state, so a full quota does not fire on every keystroke. */
  private report(problems: Problem[]): void {
    const signature = JSON.stringify(problems);
    if (signature === this.reported) return;
    this.reported = signature;
    this.options.onProblems(problems);
  }

  private read(key: string): { text: string | null } | undefined {
    try {
      return { text: storage().getItem(key) };
    } catch {
      return undefined;
    }
  }

  private restore(key: string): { value: T; dropped: Problem[] } | undefined {
    const read = this.read(key);
    if (!read) {
      this.setNotice({ kind: 'blocked' });
      this.report([{ code: 'storage-blocked', path: [] }]);
      return undefined;
    }
    this.lastSeen.set(key, read.text);
    if (read.text === null) return undefined;
    const parsed = this.options.parse(read.text);
    if (parsed.ok) {
      this.restoredValue = parsed.value;
      this.setNotice({ kind: 'restored', dropped: parsed.dropped });
      return { value: parsed.value, dropped: parsed.dropped };
    }
    if (parsed.problems.some((p) => p.code === 'newer-format')) {
      this.keepAside(key, 'newer-format', read.text, undefined);
      return undefined;
    }
    this.setNotice({ kind: 'unreadable', problems: parsed.problems });
    return undefined;
  }

  private write(key: string): void {
    const value = this.options.value();
    const valid = this.options.validate(value);
    if (!valid.ok) {
      this.report(valid.problems);
      return;
    }
    const text = (this.options.serialize ?? JSON.stringify)(valid.value);
    const stored = this.read(key);
    if (!stored) {
      this.setNotice({ kind: 'blocked' });
      this.report([{ code: 'storage-blocked', path: [] }]);
      return;
    }
    if (stored.text !== null && stored.text !== text && this.lastSeen.get(key) !== stored.text)
      this.checkForeign(key, { known: stored.text, aboutToWrite: true });
    try {
      storage().setItem(key, text);
    } catch (error) {
      const full = isQuotaError(error);
      this.setNotice({ kind: full ? 'full' : 'blocked' });
      this.report([{ code: full ? 'storage-full' : 'storage-blocked', path: [] }]);
      this.dirty = true; // try again with the next edit or when the page is hidden
      return;
    }
    this.lastSeen.set(key, text);
    this.removeTakenCopy(key);
    if (this.notice?.kind === 'full' || this.notice?.kind === 'blocked') this.setNotice(undefined);
    this.reported = '';
    this.channel?.postMessage({ key, writer: this.writer, page: PAGE });
  }

  /**
   * Someone else saved under our key. Another tab's version is taken if this element has
   * nothing unsaved (then nothing of its own can be lost); otherwise, and for another element
   * on this page (two elements, two groups), it is kept aside, never overwritten silently.
   */
  private checkForeign(
    key: string,
    { known, aboutToWrite = false, fromOtherPage = false }: { known?: string; aboutToWrite?: boolean; fromOtherPage?: boolean },
  ): void {
    const text = known ?? this.read(key)?.text ?? null;
    if (text === null || text === this.lastSeen.get(key)) return;
    if (fromOtherPage && !aboutToWrite && !this.dirty && this.adoptForeign(key, text)) return;
    if (this.kept.some((k) => k.text === text)) {
      this.lastSeen.set(key, text);
      return;
    }
    // An element that has never touched this key (nothing restored, nothing saved) has
    // nothing to lose by someone else's save; it only matters when it is about to write.
    if (!this.lastSeen.has(key) && !aboutToWrite) {
      this.lastSeen.set(key, text);
      return;
    }
    this.lastSeen.set(key, text);
    const parsed = this.options.parse(text);
    const newer = !parsed.ok && parsed.problems.some((p) => p.code === 'newer-format');
    this.keepAside(
      key,
      newer ? 'newer-format' : 'conflict',
      text,
      parsed.ok ? parsed.value : undefined,
      'met',
      parsed.ok && parsed.dropped.length > 0,
    );
    if (!newer) this.report([{ code: 'storage-conflict', path: [], key }]);
    // Our own version goes back under the key at the next save.
    if (!aboutToWrite) this.schedule();
  }

  private adoptForeign(key: string, text: string): boolean {
    if (!this.options.adopt || !this.options.enabled()) return false;
    const parsed = this.options.parse(text);
    // A version read only in part (or of a newer format) is kept aside whole, not taken.
    if (!parsed.ok || parsed.dropped.length) return false;
    if (!this.options.adopt(parsed.value)) return false;
    this.lastSeen.set(key, text);
    this.host.requestUpdate();
    return true;
  }

  private keepAside(
    key: string,
    reason: KeptDraft<T>['reason'],
    text: string,
    value: T | undefined,
    origin: KeptDraft<T>['origin'] = 'met',
    partial = false,
  ): void {
    // Already kept (a newer draft still under the key at the next visit): one copy is enough.
    if (this.kept.some((k) => k.reason === reason && k.text === text && k.storedAs?.startsWith(`${key}~`))) return;
    const keptAt = new Date().toISOString();
    let storedAs: string | undefined = `${key}~${reason}-${keptAt}`;
    try {
      for (let n = 2; storage().getItem(storedAs) !== null; n++) storedAs = `${key}~${reason}-${keptAt}-${n}`;
      storage().setItem(storedAs, text);
    } catch {
      storedAs = undefined;
    }
    this.addKept({ reason, text, storedAs, value, fileName: this.fileName(reason), origin, keptAt }, partial);
  }

  private fileName(reason: KeptDraft<T>['reason']): string {
    return this.options.fileName?.({ reason }) ?? `draft-${reason}.json`;
  }

  private addKept(kept: KeptDraft<T>, partial: boolean): void {
    if (partial) this.partial.add(kept);
    this.kept = [...this.kept, kept];
    this.host.requestUpdate();
  }

  /** The versions an earlier visit kept aside under `key`, offered again (oldest first). */
  private loadKept(key: string): void {
    const found: Array<{ storedAs: string; reason: KeptDraft<T>['reason']; keptAt: string; text: string }> = [];
    try {
      const store = storage();
      for (let i = 0; i < store.length; i++) {
        const storedAs = store.key(i);
        const match = storedAs?.startsWith(`${key}~`) ? /^~(conflict|newer-format)-(.+)$/.exec(storedAs.slice(key.length)) : null;
        if (!storedAs || !match || this.kept.some((k) => k.storedAs === storedAs)) continue;
        const text = store.getItem(storedAs);
        if (text !== null) found.push({ storedAs, reason: match[1] as KeptDraft<T>['reason'], keptAt: match[2]!, text });
      }
    } catch {
      return; // blocked storage: restore() says so
    }
    found.sort((a, b) => (a.storedAs < b.storedAs ? -1 : 1));
    for (const { storedAs, reason, keptAt, text } of found) {
      const parsed = reason === 'conflict' ? this.options.parse(text) : undefined;
      const date = keptAt.replace(/-\d+$/, '');
      this.addKept(
        {
          reason,
          text,
          storedAs,
          value: parsed?.ok ? parsed.value : undefined,
          fileName: this.fileName(reason),
          origin: 'earlier',
          keptAt: Number.isNaN(Date.parse(date)) ? undefined : date,
        },
        parsed?.ok === true && parsed.dropped.length > 0,
      );
    }
  }

  /** The version the user took is the saved draft now: its copy under `~conflict-…` is no longer needed. */
  private removeTakenCopy(key: string): void {
    if (this.taken?.key !== key) return;
    const { storedAs } = this.taken;
    this.taken = undefined;
    try {
      storage().removeItem(storedAs);
    } catch {
      // it stays kept: nothing lost
    }
  }
}
