/**
 * Code a first visit does not need, loaded on demand: a {@link LazyModule} wraps one dynamic
 * `import()` (a chunk next to the bundle, fetched by a URL relative to it, so a file path
 * or a CDN sub-path works and a strict CSP needs nothing extra), and a
 * {@link LazyModulesController} lets an element render with it: `use()` returns the module
 * once it is there, and until then starts loading it and re-renders when it arrives.
 *
 * The element's `updateComplete` must still mean "rendered" (Lit's docs: override
 * `getUpdateComplete()`), so tests and pages that await it never see a placeholder:
 *
 * ```ts
 * protected override async getUpdateComplete(): Promise<boolean> {
 *   const done = await super.getUpdateComplete();
 *   return (await this.lazy.settled(() => super.getUpdateComplete())) && done;
 * }
 * ```
 *
 * A chunk's style sheets come with it: a {@link LazyModule} may name a module of
 * {@link ChunkSheets} (its own chunk, fetched alongside), and the element's
 * {@link StyleCascade} says where each named sheet goes among its static ones. When `use()`
 * first returns such a module, the sheets are adopted into the element's shadow root with
 * Lit's `adoptStyles` (constructable style sheets, so a strict CSP needs nothing extra) in
 * cascade order, before the render that needs them reaches the DOM.
 *
 * A placeholder may hold focus (a step's heading, focused at once while its chunk is on the
 * way): when the chunk arrives or fails, or is tried again, the render that replaces the
 * placeholder keeps focus there. Without that, the focused node goes with the placeholder, focus
 * falls to the page's body and a screen reader says nothing.
 */
import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';

/** Style sheets a chunk brings, by the name of their place in a {@link StyleCascade}. */
export type ChunkSheets = Readonly<Record<string, CSSResultOrNative>>;

/**
 * An element's style sheets in cascade order: its static sheets (what `static styles` holds)
 * and, by name, the places of the sheets that come with chunks ({@link ChunkSheets}).
 */
export type StyleCascade = readonly (CSSResultOrNative | string)[];

/** The sheets of a cascade that are there from the start: the element's `static styles`. */
export function staticSheets(cascade: StyleCascade): CSSResultOrNative[] {
  return cascade.filter((entry): entry is CSSResultOrNative => typeof entry !== 'string');
}

/** One chunk, loaded at most once per page and shared by every element that uses it. */
export class LazyModule<T> {
  private value: T | undefined;
  private loading: Promise<T> | undefined;
  /** The last load failed; it is tried again only when asked ({@link LazyModulesController.retry}). */
  failed = false;

  /**
   * @param importer the dynamic `import()` of the chunk.
   * @param sheets the style sheets its templates need, loaded with it (the module counts as
   *   loaded once both are there).
   */
  constructor(
    private readonly importer: () => Promise<T>,
    readonly sheets?: LazyModule<ChunkSheets>,
  ) {}

  /** The module, if it has arrived. */
  get loaded(): T | undefined {
    return this.value;
  }

  /** Starts loading (once); a failed load (offline, a missing file) may be tried again. */
  load(): Promise<T> {
    this.loading ??= Promise.all([this.attempt(), this.sheets?.load()]).then(
      ([module]) => {
        this.failed = false;
        return (this.value = module);
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.loading;
  }

  private failedUrl: string | undefined;
  private retries = 0;

  /**
   * The browser keeps a failed import's outcome for the life of the page (the module map):
   * importing the same URL again fails at once, without asking the network. Another try asks
   * for the same file under a new query, a new module to the browser. (A shared module the chunk
   * imports that failed as well stays failed until the page is reloaded.)
   */
  private attempt(): Promise<T> {
    const url = this.failedUrl;
    const loading = url
      ? (import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${++this.retries}`) as Promise<T>)
      : this.importer();
    return loading.catch((error: unknown) => {
      // Chromium and Firefox name the module that failed in the message (this one's, not its sheets').
      this.failedUrl = /\b(https?:\/\/\S+)$/.exec(error instanceof Error ? error.message : '')?.[1] ?? url;
      throw error;
    });
  }
}

/** Runs `task` when the browser is idle (or soon, where `requestIdleCallback` is missing). */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 1);
}

export interface LazyModulesOptions {
  /** A chunk could not be loaded (the element reports it). */
  onError?: (error: unknown) => void;
  /** The element's sheets in cascade order, with the places of the chunks' sheets. */
  cascade?: StyleCascade;
  /**
   * Where focus goes when the element that had it was removed with a placeholder and nothing
   * of its id took its place (the «Prøv igjen» button, once clicked): the step's heading.
   */
  refocus?: () => HTMLElement | null | undefined;
}

type StyledHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class LazyModulesController implements ReactiveController {
  private readonly pending = new Set<Promise<unknown>>();
  /** Chunks that could not be loaded: the element says so (instead of going blank) and offers {@link retry}. */
  private readonly failures = new Set<LazyModule<unknown>>();
  /** The chunks' sheets adopted into this element's shadow root. */
  private readonly adopted = new Set<LazyModule<ChunkSheets>>();
  private readonly onError: (error: unknown) => void;
  /** A chunk arrived or failed, or is tried again: the next render replaces a placeholder. */
  private replacing = false;
  /** What had focus in the shadow root before that render. */
  private focused: Element | undefined;

  constructor(
    private readonly host: StyledHost,
    private readonly options: LazyModulesOptions = {},
  ) {
    this.onError = options.onError ?? (() => {});
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.focused = undefined;
    if (!this.replacing) return;
    this.replacing = false;
    const root = this.host.renderRoot;
    if (root instanceof ShadowRoot) this.focused = root.activeElement ?? undefined;
  }

  /**
   * Focus that went with the placeholder goes to what took its place: the element of the same
   * id (the step's heading in the content that arrived), else `refocus`. Only when nothing in
   * the shadow root has focus now: focus the user moved elsewhere stays.
   */
  hostUpdated(): void {
    const was = this.focused;
    this.focused = undefined;
    const root = this.host.renderRoot;
    if (!was || was.isConnected || !(root instanceof ShadowRoot) || root.activeElement) return;
    const next = (was.id ? root.getElementById(was.id) : null) ?? this.options.refocus?.();
    next?.focus({ preventScroll: true });
  }

  /** The module if it is loaded; otherwise it starts loading, the host re-renders when it arrives, and this is undefined. */
  use<T>(module: LazyModule<T>): T | undefined {
    const loaded = module.loaded;
    if (loaded !== undefined) {
      if (module.sheets && !this.adopted.has(module.sheets)) this.adopt(module.sheets);
      return loaded;
    }
    if (module.failed) this.failures.add(module);
    else this.track(module.load(), [module]);
    return undefined;
  }

  /**
   * A module an action needs now (a file was picked): loaded if it is not there yet, with the
   * host's `updateComplete` waiting for it; undefined if it could not be loaded (reported
   * like any other chunk).
   */
  need<T>(module: LazyModule<T>): Promise<T | undefined> {
    const loaded = this.use(module);
    if (loaded !== undefined) return Promise.resolve(loaded);
    const loading = module.load();
    this.track(loading, [module]);
    return loading.then(
      (value) => this.use(module) ?? value,
      () => undefined,
    );
  }

  /**
   * Loads modules ahead of need (what `beforeprint` renders synchronously). Not awaited by
   * `updateComplete`: nothing on screen waits for them, and a render that needs one before it
   * has arrived asks for it through {@link use} like any other.
   */
  preload(modules: readonly LazyModule<unknown>[]): void {
    for (const module of modules) if (module.loaded === undefined && !module.failed) void module.load().catch(() => {});
  }

  /** Whether a chunk this element needs could not be loaded. */
  get failed(): boolean {
    return this.failures.size > 0;
  }

  /** Tries the chunks that failed again (the element's «Prøv igjen»). */
  retry(): void {
    const failed = [...this.failures];
    this.failures.clear();
    this.replacing = true;
    for (const module of failed) this.track(module.load(), [module]);
    this.host.requestUpdate();
  }

  /** A chunk is on its way: the host's render is a placeholder for it until it arrives. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /**
   * Resolves once no chunk is pending and the host rendered what arrived, with the host's own
   * completion (`update`: `super.getUpdateComplete()`); loads started by that render are awaited as well.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = true;
    while (this.pending.size) {
      await Promise.allSettled([...this.pending]);
      done = (await update()) && done;
    }
    return done;
  }

  /**
   * Adds a chunk's sheets to the shadow root, in the places the cascade gives them. Where
   * constructable sheets are missing, Lit's `adoptStyles` appends `<style>` elements (with
   * the page's `litNonce`), so only the new sheets are handed to it.
   */
  private adopt(sheets: LazyModule<ChunkSheets>): void {
    const root = this.host.renderRoot;
    this.adopted.add(sheets);
    if (!(root instanceof ShadowRoot)) return;
    const named = new Map<string, CSSResultOrNative>();
    for (const module of this.adopted) for (const [name, sheet] of Object.entries(module.loaded ?? {})) named.set(name, sheet);
    const cascade = this.options.cascade ?? [];
    if (!supportsAdoptingStyleSheets) {
      const added = Object.keys(sheets.loaded ?? {});
      adoptStyles(
        root,
        cascade.flatMap((entry) => (typeof entry === 'string' && added.includes(entry) ? [named.get(entry)!] : [])),
      );
      return;
    }
    adoptStyles(
      root,
      cascade.flatMap((entry) => (typeof entry !== 'string' ? [entry] : named.has(entry) ? [named.get(entry)!] : [])),
    );
  }

  private track(promise: Promise<unknown>, modules: readonly LazyModule<unknown>[]): void {
    if (this.pending.has(promise)) return;
    this.pending.add(promise);
    promise.then(
      () => {
        this.pending.delete(promise);
        this.replacing = true;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending.delete(promise);
        this.replacing = true;
        for (const module of modules) if (module.failed) this.failures.add(module);
        this.onError(error);
        this.host.requestUpdate();
      },
    );
  }
}
