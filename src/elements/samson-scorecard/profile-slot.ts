/**
 * `<samson-profile>` in the results and the report, when the page defined it (the scorecard
 * never loads it: Chart.js stays out of its first load). With several rounds it draws the
 * rounds up to the one shown; with one, the response, in a list kept stable between renders.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Instrument } from '../../core/samson/instrument.js';
import type { Response } from '../../core/samson/response.js';
import type { HistoryController } from './history-controller.js';
import type { SamsonProfile } from '../samson-profile/samson-profile.js';

export class ProfileSlot implements ReactiveController {
  private responses: { response: Response; list: Response[] } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A page that defines `<samson-profile>` later gets it drawn then. */
  hostConnected(): void {
    if (!customElements.get('samson-profile')) {
      void customElements.whenDefined('samson-profile').then(() => this.host.requestUpdate());
    }
  }

  /**
   * Loads Chart.js once the page defines `<samson-profile>`: the browser's Print renders the
   * report (and its profile) at any step, and its chart must draw before the page is laid out.
   */
  preloadCharts(): void {
    void customElements
      .whenDefined('samson-profile')
      .then((profile) => (profile as unknown as typeof SamsonProfile).preloadCharts().catch(() => undefined));
  }

  render(instrument: Instrument, response: Response, rounds: HistoryController): TemplateResult | typeof nothing {
    if (!customElements.get('samson-profile')) return nothing;
    if (rounds.count > 1) {
      return html`<div class="profile">
        <samson-profile .instrument=${instrument} .history=${rounds.shownHistory}></samson-profile>
      </div>`;
    }
    if (this.responses?.response !== response) this.responses = { response, list: [response] };
    return html`<div class="profile">
      <samson-profile .instrument=${instrument} .responses=${this.responses.list}></samson-profile>
    </div>`;
  }
}
