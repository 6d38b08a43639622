/**
 * Text a user typed into a field whose code has not arrived yet (a chunk on its way), kept in
 * `localStorage` at every keystroke under a key of its own beside the element's draft. The
 * typing cannot become part of the draft yet (only the chunk knows what it means), but a
 * reload in that moment must not lose it: the element reads it back and hands it to the chunk
 * as if it had just been typed, and clears it once the draft holds what the chunk made of it.
 *
 * A plain string, written synchronously: the draft's debounce is for edits that are already
 * in the draft, and a name typed is a few bytes. Storage that is blocked or full is reported by
 * the element's draft (draft-controller.ts); here it only means the typing is not kept.
 */
export class HeldInput {
  constructor(
    /** The key: the element's draft key with a suffix. */
    readonly key: () => string,
    /** Autosave on and not read-only: otherwise nothing is written or read. */
    private readonly enabled: () => boolean,
  ) {}

  /** What was held under the key now, if anything. */
  read(): string | undefined {
    if (!this.enabled()) return undefined;
    try {
      return globalThis.localStorage.getItem(this.key()) ?? undefined;
    } catch {
      return undefined;
    }
  }

  save(text: string): void {
    if (!this.enabled()) return;
    try {
      globalThis.localStorage.setItem(this.key(), text);
    } catch {
      // Blocked or full: the draft says so; the typing stays on screen.
    }
  }

  clear(): void {
    try {
      globalThis.localStorage.removeItem(this.key());
    } catch {
      // Blocked: there is nothing stored to clear.
    }
  }
}
