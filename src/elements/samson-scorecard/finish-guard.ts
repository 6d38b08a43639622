/**
 * «Marker som ferdig» with much still open asks first, and says what is missing: a group that
 * marks 8 of 58 answered as finished has most likely pressed the wrong button.
 */
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Instrument } from '../../core/samson/instrument.js';
import type { Response } from '../../core/samson/response.js';
import { missingAnswers } from '../../core/samson/report.js';

/** Below this share of statements answered (or with a value unweighted), finishing asks first. */
export const FINISH_WITHOUT_ASKING = 0.8;

export function finishNeedsQuestion(instrument: Instrument, response: Response): boolean {
  const missing = missingAnswers(instrument, response);
  if (missing.complete) return false;
  const total = instrument.fields.reduce((sum, field) => sum + field.statements.length, 0);
  const open = missing.fields.reduce((sum, gap) => sum + gap.unanswered.length, 0);
  return missing.values.length > 0 || (total - open) / total < FINISH_WITHOUT_ASKING;
}

export class FinishGuard implements ReactiveController {
  asking = false;

  constructor(
    private readonly host: LitElement,
    private readonly data: () => { instrument: Instrument; response: Response },
    private readonly finish: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The complete button: finishes at once, or asks when much is unanswered. */
  request(): void {
    const { instrument, response } = this.data();
    if (!finishNeedsQuestion(instrument, response)) {
      this.finish();
      return;
    }
    this.asking = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#finish-question')?.focus());
  }

  private answer(finish: boolean): void {
    this.asking = false;
    this.host.requestUpdate();
    if (finish) this.finish();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.asking) return nothing;
    const { instrument, response } = this.data();
    const missing = missingAnswers(instrument, response);
    const open = missing.fields.reduce((sum, gap) => sum + gap.unanswered.length, 0);
    const total = instrument.fields.reduce((sum, field) => sum + field.statements.length, 0);
    return html`<div class="confirm finish-question no-print" role="group" aria-labelledby="finish-question">
      <p id="finish-question" tabindex="-1">
        ${open ? msg(str`${open} av ${total} utsagn er ikke besvart.`) : nothing}
        ${
          missing.values.length
            ? msg(str`${missing.values.length} av ${instrument.values.length} verdier er ikke vektet.`)
            : nothing
        }
        ${msg('Vil dere likevel markere vurderingen som ferdig?')}
      </p>
      ${
        missing.fields.length
          ? html`<ul class="missing">
              ${missing.fields.map((gap) => html`<li>${msg(str`${gap.field.name}: ${gap.unanswered.length} ubesvart`)}</li>`)}
            </ul>`
          : nothing
      }
      <button part="button primary" class="primary" @click=${() => this.answer(true)}>${msg('Ja, marker som ferdig')}</button>
      <button part="button" @click=${() => this.answer(false)}>${msg('Nei, fortsett å svare')}</button>
    </div>`;
  }
}
