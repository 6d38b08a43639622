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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One chunk, loaded at most once per page and shared by every element that uses it. */
export class LazyModule<T> {
  private value: T | undefined;
  private loading: Promise<T> | undefined;
  /** The last load failed; it is tried again only when asked ({@link LazyModulesController.retry}). */
  failed = false;

  constructor(private readonly importer: () => Promise<T>) {}

  /** The module, if it has arrived. */
  get loaded(): T | undefined {
    return this.value;
  }

  /** Starts loading (once); a failed load (offline, a missing file) may be tried again. */
  load(): Promise<T> {
    this.loading ??= this.importer().then(
      (module) => {
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
}

/** Runs `task` when the browser is idle (or soon, where `requestIdleCallback` is missing). */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 1);
}

export class LazyModulesController implements ReactiveController {
  private readonly pending = new Set<Promise<unknown>>();
  /** Chunks that could not be loaded: the element says so (instead of going blank) and offers {@link retry}. */
  private readonly failures = new Set<LazyModule<unknown>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The module if it is loaded; otherwise it starts loading, the host re-renders when it arrives, and this is undefined. */
  use<T>(module: LazyModule<T>): T | undefined {
    const loaded = module.loaded;
    if (loaded !== undefined) return loaded;
    if (module.failed) this.failures.add(module);
    else this.track(module.load(), [module]);
    return undefined;
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

  private track(promise: Promise<unknown>, modules: readonly LazyModule<unknown>[]): void {
    if (this.pending.has(promise)) return;
    this.pending.add(promise);
    promise.then(
      () => {
        this.pending.delete(promise);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending.delete(promise);
        for (const module of modules) if (module.failed) this.failures.add(module);
        this.onError(error);
        this.host.requestUpdate();
      },
    );
  }
}
