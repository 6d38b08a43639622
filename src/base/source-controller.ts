import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem, Result } from '../core/problems.js';

/** What a response looked like, for a parser that decides by type or address (CSV or JSON). */
export interface SourceResponse {
  /** The address as the element was given it (for messages). */
  url: string;
  /** The resolved address (for the file extension). */
  resolved: URL;
  contentType: string;
}

export interface SourceOptions<T> {
  /** Turns the body into data, or problems. Runs only for a complete body of an OK response. */
  parse: (text: string, response: SourceResponse) => Result<T>;
  /** A load gives up after this many milliseconds (headers and body together). Default 15 000. */
  timeout?: number;
  /** A body larger than this many bytes is refused, while it streams in. Default 20 MB. */
  maxBytes?: number;
  /** The request's `accept` header. */
  accept?: string;
  /** Passed to `fetch`: `no-store` for data that is refreshed. Default `default`. */
  cache?: RequestCache;
}

/** How one load ended. `superseded` loads were replaced (or cancelled) and say nothing. */
export type SourceOutcome<T> = { status: 'ok'; value: T } | { status: 'failed'; problems: Problem[] } | { status: 'superseded' };

const DEFAULT_TIMEOUT = 15_000;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Loads an element's `src` (the scorecard's `instrument-src`, the chain's and the chart's
 * `src`): the one loader of the library, so every element gets the same guarantees.
 *
 * - A newer `load()` aborts the one it replaces, and `cancel()` (say, `src` was cleared)
 *   aborts the current one: a slow old answer never overwrites a newer one.
 * - `refresh()` is for timers: while a load is still under way it does nothing, so a
 *   refresh interval shorter than the server's response time still ends in data or an
 *   error instead of aborting itself forever.
 * - A load gives up after `timeout` ms, and refuses a body larger than `maxBytes` — from
 *   its `content-length` when the server sends one, otherwise by counting while the body
 *   streams in, so a 50 MB answer is never held in memory.
 * - `loading` is true from the start of a load to its end, whatever the end is (data,
 *   problem, abort, cancel or disconnect); the host re-renders at both ends.
 * - Errors are problems as data (`fetch-failed` with the HTTP status, `fetch-timeout`,
 *   `too-large`, or the parser's own), so the element can describe them in the current
 *   language at render time.
 *
 * The controller keeps no data itself: the element decides what a good or failed load
 * means (the last good data stays, in both chart elements).
 *
 * @example
 * ```ts
 * private readonly source = new SourceController(this, { parse: (text) => parsePlan(text) });
 * protected willUpdate(changed) {
 *   if (changed.has('src')) this.src ? void this.source.load(this.src).then(this.settle) : this.source.cancel();
 * }
 * ```
 */
export class SourceController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: SourceOptions<T>;
  private current?: { url: string; controller: AbortController; promise: Promise<SourceOutcome<T>> };
  /** Whether a load is under way. */
  loading = false;
  /** When the last load that brought data finished. */
  fetchedAt?: Date;

  constructor(host: ReactiveControllerHost, options: SourceOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The URL of the load under way, if any. */
  get pending(): string | undefined {
    return this.current?.url;
  }

  /** Loads `url`, aborting any load under way. Resolves (never rejects) with how it ended. */
  load(url: string): Promise<SourceOutcome<T>> {
    this.cancel();
    const controller = new AbortController();
    const promise = this.run(url, controller);
    this.current = { url, controller, promise };
    this.setLoading(true);
    return promise;
  }

  /** Loads `url` unless a load of it is already under way, in which case that one's promise is returned. */
  refresh(url: string): Promise<SourceOutcome<T>> {
    if (this.current && this.current.url === url) return this.current.promise;
    return this.load(url);
  }

  /** Aborts the load under way, if any; `loading` ends at once. */
  cancel(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    current.controller.abort();
    this.setLoading(false);
  }

  private setLoading(loading: boolean): void {
    if (this.loading === loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private async run(url: string, controller: AbortController): Promise<SourceOutcome<T>> {
    const timeout = this.options.timeout ?? DEFAULT_TIMEOUT;
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    let outcome: SourceOutcome<T>;
    try {
      outcome = await this.fetchAndParse(url, controller.signal, maxBytes);
    } catch {
      outcome = timedOut
        ? { status: 'failed', problems: [{ code: 'fetch-timeout', path: [], url, seconds: Math.round(timeout / 100) / 10 }] }
        : controller.signal.aborted
          ? { status: 'superseded' }
          : { status: 'failed', problems: [{ code: 'fetch-failed', path: [], url }] };
    } finally {
      clearTimeout(timer);
    }
    // Only the load that is still current may end `loading` or count as fetched.
    if (this.current?.controller !== controller) return outcome.status === 'superseded' ? outcome : { status: 'superseded' };
    this.current = undefined;
    if (outcome.status === 'ok') this.fetchedAt = new Date();
    this.setLoading(false);
    return outcome;
  }

  private async fetchAndParse(url: string, signal: AbortSignal, maxBytes: number): Promise<SourceOutcome<T>> {
    const resolved = new URL(url, document.baseURI);
    const response = await fetch(resolved, {
      signal,
      cache: this.options.cache ?? 'default',
      headers: this.options.accept ? { accept: this.options.accept } : {},
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'failed', problems: [{ code: 'fetch-failed', path: [], url, status: response.status }] };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'failed', problems: [{ code: 'too-large', path: [], url, maximum: maxBytes }] };
    }
    const text = await readLimited(response, maxBytes);
    if (text === undefined) return { status: 'failed', problems: [{ code: 'too-large', path: [], url, maximum: maxBytes }] };
    const contentType = response.headers.get('content-type') ?? '';
    if (isWebPage(text, contentType)) return { status: 'failed', problems: [{ code: 'not-data', path: [], url }] };
    const parsed = this.options.parse(text, { url, resolved, contentType });
    return parsed.ok ? { status: 'ok', value: parsed.value } : { status: 'failed', problems: parsed.problems };
  }
}

/**
 * Whether a body is a web page rather than the JSON or CSV asked for: read as CSV, a «not
 * found» page a CMS sends with status 200 gave three missing-column messages about its HTML.
 * Neither format starts with `<`.
 */
function isWebPage(text: string, contentType: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return /^<(?:!doctype\s+html|html|head|body|!--)/i.test(start) || (/\bhtml\b/i.test(contentType) && start.startsWith('<'));
}

/** The body as text, or undefined as soon as it passes `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
