/**
 * Which instrument the scorecard uses, from three sources in order of precedence: one set
 * as the `instrument` property, one loaded from `instrument-src`, otherwise the built-in
 * SAMSON in the page's language (which follows a language switch; the answers stay).
 * Whichever was set last of property and URL wins. An invalid instrument is refused and
 * the previous one stays. The URL is loaded by the library's one {@link SourceController}
 * (a newer load aborts an older one, a timeout, a body-size limit, `loading` always ends).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourceController } from '../../base/source-controller.js';
import { parseJson, type Problem } from '../../core/problems.js';
import { parseSafely } from '../../core/salvage.js';
import { parseInstrument, type Instrument } from '../../core/samson/instrument.js';
import { builtInInstrument, loadBuiltInInstrument, samsonNb } from '../../content/samson/index.js';
import { problemsOf } from '../../content/registered-content.js';
import { fallbackLocale, getLocale, type Locale } from '../../i18n/locale.js';

export interface InstrumentEvents {
  /** The instrument in use changed (the host re-renders and re-matches its response). */
  changed(previous: Instrument): void;
  /** A property value or a loaded file was refused; `document` is the refused instrument, when it was an object. */
  refused(problems: Problem[], document?: unknown): void;
  /** A new instrument was accepted (the host clears its instrument error). */
  accepted(): void;
}

export class InstrumentController implements ReactiveController {
  private custom: Instrument | undefined;
  private customFrom: 'property' | 'src' | undefined;
  private builtIn: Instrument = samsonNb;
  private builtInLocale: Locale = 'nb';
  /** The URL to load that has not loaded yet (a load cut short by a disconnect resumes). */
  private wantedSrc: string | undefined;
  private readonly source: SourceController<Instrument>;

  constructor(
    host: ReactiveControllerHost,
    private readonly events: InstrumentEvents,
  ) {
    this.source = new SourceController<Instrument>(host, {
      parse: (text) => {
        const json = parseJson(text);
        return json.ok ? parseInstrument(json.value) : json;
      },
      accept: 'application/json',
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (this.wantedSrc && !this.source.loading) void this.load(this.wantedSrc);
  }

  /** Never undefined. */
  get current(): Instrument {
    return this.custom ?? this.builtIn;
  }

  /** Whether an `instrument-src` load is under way. */
  get loading(): boolean {
    return this.source.loading;
  }

  /** Until the `instrument-src` load's outcome is applied (a little longer than `loading`). */
  get pending(): boolean {
    return this.source.loading || this.wantedSrc !== undefined;
  }

  /** The `instrument` property: validated; `null` goes back to the URL's or the built-in one. */
  setProperty(value: unknown): void {
    const previous = this.current;
    if (value == null) {
      if (this.customFrom !== 'property') return;
      this.custom = undefined;
      this.customFrom = undefined;
    } else {
      const parsed = parseSafely(parseInstrument, value);
      if (!parsed.ok) {
        this.events.refused(parsed.problems, value);
        return;
      }
      this.stopLoading();
      this.custom = parsed.value;
      this.customFrom = 'property';
      this.events.accepted();
    }
    this.events.changed(previous);
  }

  /** The `instrument-src` attribute: loads it, or ('') drops an instrument loaded from a URL. */
  setSrc(url: string): void {
    if (url) {
      void this.load(url);
      return;
    }
    this.stopLoading();
    if (this.customFrom !== 'src') return;
    const previous = this.current;
    this.custom = undefined;
    this.customFrom = undefined;
    this.events.changed(previous);
  }

  /** Call before each render: the built-in instrument follows the page's language. */
  followLocale(): void {
    const locale = getLocale();
    if (locale === this.builtInLocale) return;
    this.builtInLocale = locale;
    const ready = builtInInstrument(locale);
    if (ready) {
      this.builtIn = ready;
      return;
    }
    loadBuiltInInstrument(locale).then(
      (instrument) => {
        if (this.builtInLocale !== locale) return;
        const previous = this.current;
        this.builtIn = instrument;
        this.events.changed(previous);
      },
      (error: unknown) => {
        // Invalid registered content: say why, and ask in the language it falls back to.
        if (this.builtInLocale !== locale) return;
        this.events.refused(problemsOf(error));
        const fallback = builtInInstrument(fallbackLocale(locale));
        if (!fallback || fallback === this.builtIn) return;
        const previous = this.current;
        this.builtIn = fallback;
        this.events.changed(previous);
      },
    );
  }

  private stopLoading(): void {
    this.wantedSrc = undefined;
    this.source.cancel();
  }

  private async load(url: string): Promise<void> {
    this.wantedSrc = url;
    const outcome = await this.source.load(url);
    if (outcome.status === 'superseded') return;
    this.wantedSrc = undefined;
    const previous = this.current;
    if (outcome.status === 'ok') {
      this.custom = outcome.value;
      this.customFrom = 'src';
      this.events.accepted();
    } else {
      this.events.refused(outcome.problems.length ? outcome.problems : [{ code: 'fetch-failed', path: [], url }]);
    }
    this.events.changed(previous);
  }
}
