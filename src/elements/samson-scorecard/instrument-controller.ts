/**
 * Which instrument the scorecard uses, from three sources in order of precedence: one set
 * as the `instrument` property, one loaded from `instrument-src`, otherwise the built-in
 * SAMSON in the page's language (which follows a language switch; the answers stay).
 * Whichever was set last of property and URL wins. An invalid instrument is refused and
 * the previous one stays.
 */
import type { ReactiveControllerHost } from 'lit';
import { parseJson, type Problem } from '../../core/problems.js';
import { parseSafely } from '../../core/salvage.js';
import { parseInstrument, type Instrument } from '../../core/samson/instrument.js';
import { builtInInstrument, loadBuiltInInstrument, samsonNb } from '../../content/samson/index.js';
import { getLocale, type Locale } from '../../i18n/locale.js';

export interface InstrumentEvents {
  /** The instrument in use changed (the host re-renders and re-matches its response). */
  changed(previous: Instrument): void;
  /** A property value or a loaded file was refused. */
  refused(problems: Problem[]): void;
  /** A new instrument was accepted (the host clears its instrument error). */
  accepted(): void;
}

export class InstrumentController {
  private custom: Instrument | undefined;
  private customFrom: 'property' | 'src' | undefined;
  private builtIn: Instrument = samsonNb;
  private builtInLocale: Locale = 'nb';
  private loadToken = 0;
  private loadingUrl: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: InstrumentEvents,
  ) {}

  /** Never undefined. */
  get current(): Instrument {
    return this.custom ?? this.builtIn;
  }

  /** Whether an `instrument-src` load is under way. */
  get loading(): boolean {
    return this.loadingUrl !== undefined;
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
        this.events.refused(parsed.problems);
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
      () => {
        // Without the translated content the questions stay in the language they were in.
      },
    );
  }

  private stopLoading(): void {
    this.loadToken++;
    if (this.loadingUrl === undefined) return;
    this.loadingUrl = undefined;
    this.host.requestUpdate();
  }

  private async load(url: string): Promise<void> {
    const token = ++this.loadToken;
    this.loadingUrl = url;
    this.host.requestUpdate();
    let problems: Problem[] = [];
    let instrument: Instrument | undefined;
    try {
      const response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
      if (token !== this.loadToken) return;
      if (!response.ok) {
        problems = [{ code: 'fetch-failed', path: [], url, status: response.status }];
      } else {
        const json = parseJson(await response.text());
        const parsed = json.ok ? parseInstrument(json.value) : json;
        if (parsed.ok) instrument = parsed.value;
        else problems = parsed.problems;
      }
    } catch {
      problems = [{ code: 'fetch-failed', path: [], url }];
    }
    if (token !== this.loadToken) return;
    const previous = this.current;
    this.loadingUrl = undefined;
    if (instrument) {
      this.custom = instrument;
      this.customFrom = 'src';
      this.events.accepted();
    } else {
      this.events.refused(problems.length ? problems : [{ code: 'fetch-failed', path: [], url }]);
    }
    this.events.changed(previous);
  }
}
